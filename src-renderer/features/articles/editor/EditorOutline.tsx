import type { Editor } from '@tiptap/react';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocSnapshot } from './use-doc-snapshot';

interface OutlineEntry {
  level: number;
  text: string;
  /** Position before the heading. */
  pos: number;
}

/** The headings of the body in order, with their positions (headings sit at the top level or in quotes). */
function outlineOf(editor: Editor): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      entries.push({ level: Number(node.attrs.level), text: node.textContent, pos });
      return false;
    }
    return node.type.name === 'doc' || node.type.name === 'blockquote';
  });
  return entries;
}

/** The article's outline (大纲): its headings; a click puts the cursor there and scrolls the heading to the top. */
export function EditorOutline({ editor }: { editor: Editor | null }) {
  const { t } = useTranslation();
  const doc = useDocSnapshot(editor);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the snapshot is the signal that the document changed
  const entries = useMemo(() => (editor ? outlineOf(editor) : []), [editor, doc]);
  if (!editor || entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('articleEditor.outline.empty')} />;
  const go = (pos: number) => {
    editor
      .chain()
      .focus()
      .setTextSelection(pos + 1)
      .run();
    const dom = editor.view.nodeDOM(pos);
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  return (
    <nav className="article-outline" aria-label={t('articleEditor.outline.title')} data-testid="editor-outline">
      {entries.map((entry) => (
        <button key={entry.pos} type="button" className={`article-outline__entry article-outline__entry--h${entry.level}`} onClick={() => go(entry.pos)}>
          {entry.text || t('articleEditor.outline.untitled')}
        </button>
      ))}
    </nav>
  );
}
