import { ExternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { DocRun } from '../../src-shared/contract/doc-model';
import { safeHref } from '../../src-shared/domain/articles/links';
import { docText } from '../text';
import { COLOR } from './page';

/** Text as runs: each line break a Word line break (a raw newline in w:t reads as a space). */
export function textRuns(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return docText(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** A model's runs with their marks; a link to an http(s) address is a hyperlink, anything else its plain text. */
export function docRuns(runs: readonly DocRun[], base: Omit<IRunOptions, 'text' | 'break'> = {}): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const href = run.link === undefined ? undefined : safeHref(run.link);
    const color = run.color && /^[0-9a-f]{6}$/i.test(run.color) ? run.color.toUpperCase() : undefined;
    const options = {
      ...base,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.underline || href ? { underline: {} } : {}),
      ...(href ? { color: COLOR.link } : color ? { color } : {}),
    };
    const children = textRuns(run.text, options);
    return href ? [new ExternalHyperlink({ link: href, children })] : children;
  });
}
