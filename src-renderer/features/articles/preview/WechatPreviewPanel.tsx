import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleTheme } from '../../../../src-shared/contract/articles';
import { errorText } from '../../../lib/field-errors';
import { CopyToWechat } from './CopyToWechat';
import { PhonePreview } from './PhonePreview';
import { useWechatPreview, wechatPreviewStore } from './store';

export interface WechatPreviewPanelProps {
  article: Article;
  /** 公众号名称 of the article's account, for the reader's meta line. */
  accountName: string;
  /** Keeps a theme picked here as the article's (articles.update {theme}); without it the pick lasts while the panel is open. */
  onThemeChange?: (theme: ArticleTheme) => void;
}

/** The 预览 tab: the theme picker, 复制到公众号 and the phone preview of exactly what it copies. */
export function WechatPreviewPanel({ article, accountName, onThemeChange }: WechatPreviewPanelProps) {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<ArticleTheme>(article.theme);
  const preview = useWechatPreview((s) => s.preview);
  useEffect(() => setTheme(article.theme), [article.theme]);
  useEffect(() => {
    void wechatPreviewStore().getState().show(article.id, theme);
  }, [article.id, theme]);

  const pick = (next: ArticleTheme) => {
    setTheme(next);
    onThemeChange?.(next);
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
