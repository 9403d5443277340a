import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml, stripControlCharacters } from './paste-cleaning';

// What a paste may bring: HTML cleaned to the schema; more than 5 MB of HTML (a whole web page,
// a long Word file with inline images) is pasted as its plain text instead, and a text longer
// than five WeChat articles is refused, so a paste never freezes the editor or bloats the body.

/** Pasted HTML beyond this is not parsed (ProseMirror would take seconds and the update would near the 10 MB limit). */
export const MAX_PASTE_HTML_CHARS = 5 * 1024 * 1024;
/** A pasted text beyond this is refused: five times WeChat's 20,000-character body. */
export const MAX_PASTE_TEXT_CHARS = 100_000;

export type PasteNotice = { kind: 'asText'; megabytes: number } | { kind: 'tooLong'; chars: number };

export interface PasteGuardOptions {
  onNotice(notice: PasteNotice): void;
  /** Files pasted without text (a screenshot, a copied image) or dropped: at the drop's position, else at the cursor. */
  onFiles(files: File[], at?: number): void;
}

export const PasteGuard = Extension.create<PasteGuardOptions>({
  name: 'pasteGuard',
  addOptions() {
    return { onNotice: () => undefined, onFiles: () => undefined };
  },
  addProseMirrorPlugins() {
    const { onNotice, onFiles } = this.options;
    return [
      new Plugin({
        key: new PluginKey('pasteGuard'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
          transformPastedText: (text) => stripControlCharacters(text),
          handleDrop: (view, event, _slice, moved) => {
            const files = event.dataTransfer?.files;
            if (moved || !files || files.length === 0) return false;
            event.preventDefault();
            onFiles([...files], view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
            return true;
          },
          handleDOMEvents: {
            paste: (view, event) => {
              const data = event.clipboardData;
              if (!data) return false;
              const text = data.getData('text/plain');
              if (data.files.length > 0 && !text.trim()) {
                event.preventDefault();
                onFiles([...data.files]);
                return true;
              }
              if (text.length > MAX_PASTE_TEXT_CHARS) {
                event.preventDefault();
                onNotice({ kind: 'tooLong', chars: text.length });
                return true;
              }
              const htmlLength = data.getData('text/html').length;
              if (htmlLength <= MAX_PASTE_HTML_CHARS) return false;
              event.preventDefault();
              if (text) view.pasteText(text);
              onNotice({ kind: 'asText', megabytes: Math.round((htmlLength / 1024 / 1024) * 10) / 10 });
              return true;
            },
          },
        },
      }),
    ];
  },
});
