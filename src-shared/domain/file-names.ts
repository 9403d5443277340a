import { stripInvisible } from '../contract/common';

// A document's title as a file name that Windows, macOS and Linux all accept: Windows forbids
// \ / : * ? " < > | and control characters, names ending in a dot or a space, and the device
// names (CON, NUL, COM1 …) whatever their extension.

/** Characters past this are cut (counted as characters, so an emoji is never split): paths stay under Windows' 260. */
export const MAX_FILE_NAME_CHARS = 80;

// eslint-disable-next-line no-control-regex -- control characters are what Windows forbids
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** `title.extension`, sanitised and capped; `fallback` when nothing of the title is left. */
export function fileNameOf(title: string, extension: string, fallback: string): string {
  const cleaned = stripInvisible(title).replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  const capped = Array.from(cleaned)
    .slice(0, MAX_FILE_NAME_CHARS)
    .join('')
    .replace(/[. ]+$/, '');
  const base = capped && !DEVICE_NAMES.test(capped) ? capped : fallback;
  return `${base}.${extension}`;
}
