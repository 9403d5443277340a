import { Empty, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../src-shared/contract/articles';
import { WechatPreviewPanel } from './preview/WechatPreviewPanel';
import { ReviewTab } from './review/ReviewTab';

export type SidePanelTab = 'lint' | 'comments' | 'revisions' | 'preview';
const TABS: SidePanelTab[] = ['lint', 'comments', 'revisions', 'preview'];

interface Props {
  article: Article;
  /** The body's editor once it is ready (comments highlight and select its ranges). */
  editor: Editor | null;
}

function Coming() {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('articles.panel.coming')} />;
}

/** What each tab shows; a tab is mounted only while it is open, so a closed preview does no work. */
function tabContent(tab: SidePanelTab, article: Article, editor: Editor | null): ReactNode {
  switch (tab) {
    case 'preview':
      return <WechatPreviewPanel article={article} />;
    case 'comments':
      return <ReviewTab articleId={article.id} editor={editor} />;
    case 'lint':
    case 'revisions':
      return <Coming />;
  }
}

/** The right side of the article page: 检查 / 批注 / 版本 / 预览. */
export function ArticleSidePanel({ article, editor }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<SidePanelTab>('lint');
  return (
    <aside className="article-side" data-testid="article-side">
      <Tabs size="small" activeKey={tab} onChange={(key) => setTab(key as SidePanelTab)} items={TABS.map((key) => ({ key, label: <span data-testid={`article-tab-${key}`}>{t(`articles.panel.${key}`)}</span> }))} />
      <div className="article-side__body">{tabContent(tab, article, editor)}</div>
    </aside>
  );
}
