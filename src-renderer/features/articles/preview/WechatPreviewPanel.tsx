import { Alert, App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleTheme } from '../../../../src-shared/contract/articles';
import { errorText } from '../../../lib/field-errors';
import { useAccounts } from '../../accounts/store';
import { articlesStore } from '../store';
import { CopyToWechat } from './CopyToWechat';
import { PhonePreview } from './PhonePreview';
import { useWechatPreview, wechatPreviewStore } from './store';

export interface WechatPreviewPanelProps {
  article: Article;
}

/**
 * The 预览 tab: the theme picker, 复制到公众号 and the phone preview of exactly what it copies. A
 * theme picked here becomes the article's (copy and exports use it), shown at once.
 */
export function WechatPreviewPanel({ article }: WechatPreviewPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [theme, setTheme] = useState<ArticleTheme>(article.theme);
  const preview = useWechatPreview((s) => s.preview);
  const accountName = useAccounts((s) => s.rows.find((account) => account.id === article.item.accountId)?.name ?? '');
  useEffect(() => setTheme(article.theme), [article.theme]);
  useEffect(() => {
    void wechatPreviewStore().getState().show(article.id, theme);
  }, [article.id, theme]);

  const pick = (next: ArticleTheme) => {
    setTheme(next);
    void articlesStore()
      .getState()
      .update(article.id, { theme: next })
      .then((result) => {
        if (!result.ok) void message.error(errorText(t, result.error));
      });
  };
  const shown = preview.articleId === article.id ? preview : null;
  return (
    <div className="wechat-preview-panel" data-testid="wechat-preview-panel">
      <CopyToWechat articleId={article.id} theme={theme} />
      {shown?.error && <Alert type="error" showIcon message={errorText(t, shown.error)} />}
      <PhonePreview
        article={{ title: article.item.title, accountName, author: article.author, date: article.item.date, original: article.origin === 'original' }}
        html={shown?.copy?.html ?? ''}
        theme={theme}
        onThemeChange={pick}
        loading={!shown || shown.loading}
      />
    </div>
  );
}
