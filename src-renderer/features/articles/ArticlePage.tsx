import { Alert, Button, Result, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/field-errors';
import { ArticleHeader } from './ArticleHeader';
import { ArticleEditor } from './editor/ArticleEditor';
import { SaveStatus } from './editor/SaveStatus';
import { ArticleSidePanel } from './ArticleSidePanel';
import './articles.css';
import { articlesRoute, articlesRouteDef, type ArticleRoute } from './route';
import { articlesStore, useArticles } from './store';

/** One article: its header, the body's editor and the side panel (检查 / 批注 / 版本 / 预览), filling the window. */
export function ArticlePage({ route }: { route: ArticleRoute }) {
  const { t } = useTranslation();
  const current = useArticles((s) => s.current);
  const [, setMetaOpen] = useState(false);
  useEffect(() => {
    void articlesStore().getState().open(route.id);
  }, [route.id]);

  const article = current.id === route.id ? current.data : null;
  if (!article) {
    if (current.error?.code === 'not_found')
      return (
        <Result
          status="404"
          title={t('articles.page.notFound')}
          extra={
            <Button type="primary" href={articlesRouteDef.href(articlesRoute())}>
              {t('articles.page.back')}
            </Button>
          }
        />
      );
    if (current.error) return <Alert type="error" showIcon message={t('articles.page.loadFailed')} description={errorText(t, current.error)} />;
    return <Skeleton active />;
  }
  return (
    <div className="article-page" data-testid="article-page">
      <ArticleHeader article={article} saveState={<SaveStatus />} onEditMeta={() => setMetaOpen(true)} />
      <div className="article-page__main">
        <section className="article-page__editor" data-testid="article-editor-area">
          <ArticleEditor articleId={article.id} />
        </section>
        <ArticleSidePanel article={article} />
      </div>
    </div>
  );
}
