import { Alert, Button, Result, Skeleton } from 'antd';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { docText, type DocNode } from '../../../src-shared/domain/articles/doc';
import { errorText } from '../../lib/field-errors';
import { ArticleHeader } from './ArticleHeader';
import { ArticleEditor } from './editor/ArticleEditor';
import { SaveStatus } from './editor/SaveStatus';
import { ArticleSidePanel } from './ArticleSidePanel';
import './articles.css';
import { KeyboardMember } from './keyboard/KeyboardMember';
import { ArticleMetaDrawer } from './meta/ArticleMetaDrawer';
import { articlesRoute, articlesRouteDef, type ArticleRoute } from './route';
import { articlesStore, useArticles } from './store';

/** One article: its header, the body's editor and the side panel (检查 / 批注 / 版本 / 预览), filling the window. */
export function ArticlePage({ route }: { route: ArticleRoute }) {
  const { t } = useTranslation();
  const current = useArticles((s) => s.current);
  const [metaOpen, setMetaOpen] = useState(false);
  const editor = useRef<Editor | null>(null);
  // The side panel's comments need the editor too (to highlight and select ranges), as state so they render when it is ready.
  const [readyEditor, setReadyEditor] = useState<Editor | null>(null);
  const onEditorReady = useCallback((ready: Editor) => {
    editor.current = ready;
    setReadyEditor(ready);
  }, []);
  const bodyText = useCallback(() => (editor.current ? docText(editor.current.getJSON() as DocNode) : ''), []);
  useEffect(() => {
    void articlesStore().getState().open(route.id);
  }, [route.id]);

  const article = current.id === route.id ? current.data : null;
  // The linter checks the title, author and digest beside the body (one object per change, so the live check reruns only then).
  const lintFields = useMemo(() => (article ? { title: article.item.title, author: article.author, digest: article.digest } : undefined), [article]);
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
      <ArticleHeader article={article} saveState={<SaveStatus />} keyboard={<KeyboardMember />} onEditMeta={() => setMetaOpen(true)} />
      <div className="article-page__main">
        <section className="article-page__editor" data-testid="article-editor-area">
          <ArticleEditor articleId={article.id} onReady={onEditorReady} lintFields={lintFields} />
        </section>
        <ArticleSidePanel article={article} editor={readyEditor} onJumpToField={() => setMetaOpen(true)} />
      </div>
      <ArticleMetaDrawer open={metaOpen} article={article} bodyText={bodyText} onClose={() => setMetaOpen(false)} />
    </div>
  );
}
