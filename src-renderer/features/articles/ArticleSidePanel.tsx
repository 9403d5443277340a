import { Empty, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../src-shared/contract/articles';
import { WechatPreviewPanel } from './preview/WechatPreviewPanel';
import { RevisionsPanel } from './revisions/RevisionsPanel';

export type SidePanelTab = 'lint' | 'comments' | 'revisions' | 'preview';
const TABS: SidePanelTab[] = ['lint', 'comments', 'revisions', 'preview'];

interface Props {
  article: Article;
}

function Coming() {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('articles.panel.coming')} />;
}

/** What each tab shows; a tab is mounted only while it is open, so a closed preview does no work. */
function tabContent(tab: SidePanelTab, article: Article): ReactNode {
  switch (tab) {
    case 'revisions':
      return <RevisionsPanel articleId={article.id} />;
    case 'preview':
      return <WechatPreviewPanel article={article} />;
    case 'lint':
    case 'comments':
      return <Coming />;
  }
}

/** The right side of the article page: 检查 / 批注 / 版本 / 预览. */
export function ArticleSidePanel({ article }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<SidePanelTab>('lint');
  return (
    <aside className="article-side" data-testid="article-side">
      <Tabs size="small" activeKey={tab} onChange={(key) => setTab(key as SidePanelTab)} items={TABS.map((key) => ({ key, label: <span data-testid={`article-tab-${key}`}>{t(`articles.panel.${key}`)}</span> }))} />
      <div className="article-side__body">{tabContent(tab, article)}</div>
    </aside>
  );
}
