import { Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../src-shared/contract/articles';
import { EditorChecks } from './editor/EditorChecks';
import { EditorOutline } from './editor/EditorOutline';
import { WechatPreviewPanel } from './preview/WechatPreviewPanel';
import { ReviewTab } from './review/ReviewTab';
import { RevisionsPanel } from './revisions/RevisionsPanel';

export type SidePanelTab = 'lint' | 'comments' | 'revisions' | 'preview';
const TABS: SidePanelTab[] = ['lint', 'comments', 'revisions', 'preview'];

interface Props {
  article: Article;
  /** The body's editor once it is ready (comments highlight and select its ranges). */
  editor: Editor | null;
  /** A finding about the title, author or digest was clicked: the page opens 稿件信息. */
  onJumpToField(): void;
}

/** What each tab shows; a tab is mounted only while it is open, so a closed preview does no work. */
function tabContent(tab: SidePanelTab, { article, editor, onJumpToField }: Props): ReactNode {
  switch (tab) {
    case 'revisions':
      return <RevisionsPanel articleId={article.id} />;
    case 'preview':
      return <WechatPreviewPanel article={article} />;
    case 'comments':
      return <ReviewTab articleId={article.id} editor={editor} />;
    case 'lint':
      return (
        <>
          <EditorChecks editor={editor} onJumpToField={onJumpToField} />
          <EditorOutline editor={editor} />
        </>
      );
  }
}

/** The right side of the article page: 检查 / 批注 / 版本 / 预览. */
export function ArticleSidePanel(props: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<SidePanelTab>('lint');
  return (
    <aside className="article-side" data-testid="article-side">
      <Tabs size="small" activeKey={tab} onChange={(key) => setTab(key as SidePanelTab)} items={TABS.map((key) => ({ key, label: <span data-testid={`article-tab-${key}`}>{t(`articles.panel.${key}`)}</span> }))} />
      <div className="article-side__body">{tabContent(tab, props)}</div>
    </aside>
  );
}
