import { BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, UnderlineOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Select, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSection } from '../../../../src-shared/contract/plans';
import type { PlanSectionKey } from '../../../../src-shared/domain/plans/plan-sections';
import { errorText } from '../../../lib/field-errors';
import { isWebUrl } from '../../articles/editor/extensions';
import { LinkDialog } from '../../articles/editor/LinkDialog';
import { composerStore } from './store';

// The operator's own text for one section: a small TipTap editor (headings, bold, italic,
// underline, lists, links), saved a moment after typing stops, when the editor loses focus, and
// when it closes (a page change), so no text is lost on the way out.

/** How long typing may pause before the text is saved. */
const SAVE_AFTER_MS = 700;

type SaveState = 'idle' | 'saving' | 'saved' | { failed: string };

function ToolButton({ label, icon, active, onClick, testId }: { label: string; icon: ReactNode; active?: boolean; onClick(): void; testId?: string }) {
  return (
    <Tooltip title={label}>
      <Button size="small" type={active ? 'primary' : 'text'} aria-label={label} aria-pressed={active} icon={icon} onClick={onClick} data-testid={testId} />
    </Tooltip>
  );
}

function NoteToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: ([2, 3] as const).find((level) => e.isActive('heading', { level })) ?? (0 as const),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });
  const run = () => editor.chain().focus();
  return (
    <div className="plan-note__toolbar" role="toolbar" aria-label={t('articleEditor.toolbar.label')}>
      <Select
        size="small"
        variant="borderless"
        aria-label={t('plans.composer.textStyle')}
        value={state.heading}
        style={{ width: 92 }}
        onChange={(level: 0 | 2 | 3) => (level === 0 ? run().setParagraph().run() : run().setHeading({ level }).run())}
        options={[
          { value: 0, label: t('articleEditor.toolbar.paragraph') },
          { value: 2, label: t('articleEditor.toolbar.heading', { level: 1 }) },
          { value: 3, label: t('articleEditor.toolbar.heading', { level: 2 }) },
        ]}
      />
      <ToolButton label={t('articleEditor.toolbar.bold')} icon={<BoldOutlined />} active={state.bold} onClick={() => run().toggleBold().run()} />
      <ToolButton label={t('articleEditor.toolbar.italic')} icon={<ItalicOutlined />} active={state.italic} onClick={() => run().toggleItalic().run()} />
      <ToolButton label={t('articleEditor.toolbar.underline')} icon={<UnderlineOutlined />} active={state.underline} onClick={() => run().toggleUnderline().run()} />
      <ToolButton label={t('articleEditor.toolbar.bulletList')} icon={<UnorderedListOutlined />} active={state.bulletList} onClick={() => run().toggleBulletList().run()} />
      <ToolButton label={t('articleEditor.toolbar.orderedList')} icon={<OrderedListOutlined />} active={state.orderedList} onClick={() => run().toggleOrderedList().run()} />
      <ToolButton label={t('articleEditor.toolbar.link')} icon={<LinkOutlined />} active={state.link} onClick={() => setLinkOpen(true)} />
      <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />
    </div>
  );
}

interface Props {
  sectionKey: PlanSectionKey;
  note: PlanSection['note'];
  label: string;
}

export function SectionNote({ sectionKey, note, label }: Props) {
  const { t } = useTranslation();
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        blockquote: false,
        horizontalRule: false,
        strike: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => isWebUrl(url) },
      }),
      Placeholder.configure({ placeholder: t('plans.composer.notePlaceholder') }),
    ],
    // The text as saved when the composer opened; later answers never overwrite what is being typed.
    content: note ?? undefined,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { 'aria-label': label, 'data-testid': `plan-note-${sectionKey}` } },
  });

  const flush = useRef<() => void>(() => undefined);
  flush.current = () => {
    if (!pending.current) return;
    clearTimeout(pending.current);
    pending.current = null;
    setSaveState('saving');
    void composerStore()
      .getState()
      .saveNote(sectionKey, editor.isEmpty ? null : editor.getJSON())
      .then((result) => setSaveState(result.ok ? 'saved' : { failed: errorText(t, result.error) }));
  };

  useEffect(() => {
    const typed = () => {
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(() => flush.current(), SAVE_AFTER_MS);
      setSaveState('idle');
    };
    const left = () => flush.current();
    editor.on('update', typed);
    editor.on('blur', left);
    return () => {
      editor.off('update', typed);
      editor.off('blur', left);
      // Closing (another section, another page) saves what is still waiting.
      flush.current();
    };
  }, [editor]);

  return (
    <div className="plan-note">
      <NoteToolbar editor={editor} />
      <EditorContent editor={editor} className="plan-note__body" />
      <Typography.Text type={typeof saveState === 'object' ? 'danger' : 'secondary'} className="plan-note__status" data-testid={`plan-note-status-${sectionKey}`} aria-live="polite">
        {saveState === 'saving' && t('plans.composer.saving')}
        {saveState === 'saved' && t('plans.composer.savedNote')}
        {typeof saveState === 'object' && t('plans.composer.saveFailed', { error: saveState.failed })}
      </Typography.Text>
    </div>
  );
}
