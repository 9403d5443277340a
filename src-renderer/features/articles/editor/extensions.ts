import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import Highlight from '@tiptap/extension-highlight';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import { Color, TextStyle } from '@tiptap/extension-text-style';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../../../src-shared/domain/articles/doc';
import { resolveAssetUrl } from '../../../lib/assets';
import { LintHighlights } from './lint-highlights';
import { PasteGuard, type PasteNotice } from './paste-guard';

// The body's schema, as TipTap extensions: exactly the node and mark names of
// src-shared/domain/articles/doc.ts, so `editor.getJSON()` is a DocNode the linter, the WeChat
// renderer and the back end's Yjs converter read.

/** Heading levels a WeChat article uses (h1–h4). */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;

/** Only http and https links: WeChat opens nothing else, and javascript: is never a link. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+\.[^\s]*$/i.test(url.trim());
}

export interface BodyExtensionOptions {
  ydoc: Y.Doc;
  placeholder: string;
  onPasteNotice(notice: PasteNotice): void;
  onImageFiles(files: File[], at?: number): void;
}

/** Images as stored (`asset:<sha256>` or an https address), shown through the library's address; the document keeps `src` as is. */
const BodyImage = Image.extend({
  addNodeView() {
    return ({ node: initial }) => {
      const img = document.createElement('img');
      const show = (node: typeof initial) => {
        img.src = resolveAssetUrl(String(node.attrs.src ?? '')) ?? '';
        img.alt = String(node.attrs.alt ?? '');
      };
      show(initial);
      return {
        dom: img,
        update: (node) => {
          if (node.type !== initial.type) return false;
          show(node);
          return true;
        },
      };
    };
  },
});

export function bodyExtensions(options: BodyExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      // Collaboration brings Yjs's undo, which undoes only this window's edits.
      undoRedo: false,
      // A node the editor adds by itself on load would be added once per device and merge into duplicates.
      trailingNode: false,
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => isWebUrl(url) },
    }),
    TextStyle,
    Color,
    Highlight.configure({ multicolor: true }),
    BodyImage.configure({ inline: false, allowBase64: false }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    TextAlign.configure({ types: ['heading', 'paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
    Placeholder.configure({ placeholder: options.placeholder }),
    LintHighlights,
    PasteGuard.configure({ onNotice: options.onPasteNotice, onFiles: options.onImageFiles }),
    Collaboration.configure({ document: options.ydoc, field: BODY_FIELD }),
  ];
}
