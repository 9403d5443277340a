import {
  AlignCenterOutlined,
  AlignLeftOutlined,
  AlignRightOutlined,
  BoldOutlined,
  ClearOutlined,
  FontColorsOutlined,
  HighlightOutlined,
  ItalicOutlined,
  LinkOutlined,
  MinusOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { useEditorState, type Editor } from '@tiptap/react';
import { Button, Divider, Select, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BlocksMenu } from './BlocksMenu';
import { ColorPicker, HIGHLIGHT_COLORS, TEXT_COLORS } from './ColorPicker';
import { HEADING_LEVELS } from './extensions';
import { LinkDialog } from './LinkDialog';
import { TableMenu } from './TableMenu';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A TipTap key binding as the operator reads it: Mod-Shift-x → Ctrl+Shift+X or ⇧⌘X. */
export function shortcutText(binding: string): string {
  const parts = binding.split('-');
  const key = parts.pop()!.toUpperCase();
  const mods = new Set(parts);
  if (IS_MAC) return `${mods.has('Alt') ? '⌥' : ''}${mods.has('Shift') ? '⇧' : ''}${mods.has('Mod') ? '⌘' : ''}${key}`;
  return [...(mods.has('Mod') ? ['Ctrl'] : []), ...(mods.has('Alt') ? ['Alt'] : []), ...(mods.has('Shift') ? ['Shift'] : []), key].join('+');
}

type Align = 'left' | 'center' | 'right';

function toolbarState(editor: Editor) {
  return {
    heading: HEADING_LEVELS.find((level) => editor.isActive('heading', { level })) ?? 0,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    strike: editor.isActive('strike'),
    color: editor.getAttributes('textStyle').color as string | undefined,
    highlight: editor.getAttributes('highlight').color as string | undefined,
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    inTable: editor.isActive('table'),
    align: (['center', 'right'] as const).find((align) => editor.isActive({ textAlign: align })) ?? ('left' as Align),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

interface ToolbarProps {
  editor: Editor;
  /** Opens the image file picker; absent while images cannot be added. */
  onPickImages?: () => void;
}

/** The editor's formatting bar: every button says what it does and its shortcut. */
export function Toolbar({ editor, onPickImages }: ToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => toolbarState(current) });
  const [linkOpen, setLinkOpen] = useState(false);
  const run = () => editor.chain().focus();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setLinkOpen(true);
      }
    };
    const dom = editor.view.dom;
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor]);

  const button = (key: string, label: string, icon: ReactNode, action: () => void, options: { active?: boolean; disabled?: boolean; shortcut?: string } = {}) => (
    <Tooltip key={key} title={options.shortcut ? `${label} (${shortcutText(options.shortcut)})` : label}>
      <Button type={options.active ? 'primary' : 'text'} ghost={options.active} size="small" aria-label={label} aria-pressed={options.active} icon={icon} disabled={options.disabled} onClick={action} />
    </Tooltip>
  );

  const headingOptions = [{ value: 0, label: t('articleEditor.toolbar.paragraph') }, ...HEADING_LEVELS.map((level) => ({ value: level, label: t('articleEditor.toolbar.heading', { level }) }))];
  const setHeading = (level: number) =>
    level === 0
      ? run().setParagraph().run()
      : run()
          .setHeading({ level: level as (typeof HEADING_LEVELS)[number] })
          .run();

  return (
    <div className="article-editor__toolbar" role="toolbar" aria-label={t('articleEditor.toolbar.label')}>
      <Tooltip title={shortcutText('Mod-Alt-1') + ' … ' + shortcutText('Mod-Alt-4')} placement="top">
        <Select size="small" value={state.heading} options={headingOptions} onChange={setHeading} style={{ width: 92 }} aria-label={t('articleEditor.toolbar.heading', { level: '' })} />
      </Tooltip>
      <Divider type="vertical" />
      {button('bold', t('articleEditor.toolbar.bold'), <BoldOutlined />, () => run().toggleBold().run(), { active: state.bold, shortcut: 'Mod-b' })}
      {button('italic', t('articleEditor.toolbar.italic'), <ItalicOutlined />, () => run().toggleItalic().run(), { active: state.italic, shortcut: 'Mod-i' })}
      {button('underline', t('articleEditor.toolbar.underline'), <UnderlineOutlined />, () => run().toggleUnderline().run(), { active: state.underline, shortcut: 'Mod-u' })}
      {button('strike', t('articleEditor.toolbar.strike'), <StrikethroughOutlined />, () => run().toggleStrike().run(), { active: state.strike, shortcut: 'Mod-Shift-s' })}
      <ColorPicker label={t('articleEditor.toolbar.color')} icon={<FontColorsOutlined />} colors={TEXT_COLORS} current={state.color} onPick={(color) => (color ? run().setColor(color).run() : run().unsetColor().run())} />
      <ColorPicker
        label={t('articleEditor.toolbar.highlight')}
        shortcut={shortcutText('Mod-Shift-h')}
        icon={<HighlightOutlined />}
        colors={HIGHLIGHT_COLORS}
        current={state.highlight}
        onPick={(color) => (color ? run().setHighlight({ color }).run() : run().unsetHighlight().run())}
      />
      <Divider type="vertical" />
      {button('bulletList', t('articleEditor.toolbar.bulletList'), <UnorderedListOutlined />, () => run().toggleBulletList().run(), { active: state.bulletList, shortcut: 'Mod-Shift-8' })}
      {button('orderedList', t('articleEditor.toolbar.orderedList'), <OrderedListOutlined />, () => run().toggleOrderedList().run(), { active: state.orderedList, shortcut: 'Mod-Shift-7' })}
      {button('blockquote', t('articleEditor.toolbar.blockquote'), <span className="article-editor__quote-icon">“</span>, () => run().toggleBlockquote().run(), { active: state.blockquote, shortcut: 'Mod-Shift-b' })}
      {button('divider', t('articleEditor.toolbar.divider'), <MinusOutlined />, () => run().setHorizontalRule().run())}
      <Divider type="vertical" />
      {button('image', t('articleEditor.toolbar.image'), <PictureOutlined />, () => onPickImages?.(), { disabled: !onPickImages })}
      <TableMenu editor={editor} inTable={state.inTable} />
      {button('link', t('articleEditor.toolbar.link'), <LinkOutlined />, () => setLinkOpen(true), { active: state.link, shortcut: 'Mod-k' })}
      <BlocksMenu editor={editor} />
      <Divider type="vertical" />
      {button('alignLeft', t('articleEditor.toolbar.alignLeft'), <AlignLeftOutlined />, () => run().setTextAlign('left').run(), { active: state.align === 'left', shortcut: 'Mod-Shift-l' })}
      {button('alignCenter', t('articleEditor.toolbar.alignCenter'), <AlignCenterOutlined />, () => run().setTextAlign('center').run(), { active: state.align === 'center', shortcut: 'Mod-Shift-e' })}
      {button('alignRight', t('articleEditor.toolbar.alignRight'), <AlignRightOutlined />, () => run().setTextAlign('right').run(), { active: state.align === 'right', shortcut: 'Mod-Shift-r' })}
      <Divider type="vertical" />
      {button('undo', t('articleEditor.toolbar.undo'), <UndoOutlined />, () => run().undo().run(), { disabled: !state.canUndo, shortcut: 'Mod-z' })}
      {button('redo', t('articleEditor.toolbar.redo'), <RedoOutlined />, () => run().redo().run(), { disabled: !state.canRedo, shortcut: 'Mod-Shift-z' })}
      {button('clear', t('articleEditor.toolbar.clear'), <ClearOutlined />, () => run().unsetAllMarks().clearNodes().unsetTextAlign().run())}
      <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />
    </div>
  );
}
