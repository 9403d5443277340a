import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocCover, DocModel } from '../../src-shared/contract/doc-model';
import { docText } from '../text';
import { wordsOf, type Words } from '../words';
import { bodyBlocks, pageBreak } from './blocks';
import { MARGIN, PAGE } from './page';
import { textRuns } from './runs';
import { documentStyles, listNumbering, STYLE } from './styles';

// The document model as a .docx the boss opens in Word, WPS or LibreOffice: A4, named fonts
// (never embedded), real styles and lists, tables WPS keeps, native charts, written-in contents,
// the running header and 第 X 页 共 Y 页 in the footer. One section: the cover is its first page,
// without header or footer (a different first page), and counts as page 1, so the footer's
// numbers are the reader's page numbers.

function coverPage(cover: DocCover, words: Words): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.coverTitle, children: textRuns(cover.title) }),
    new Paragraph({ style: STYLE.coverSubtitle, children: textRuns(cover.subtitle) }),
    ...cover.lines.map((line) => new Paragraph({ style: STYLE.coverLine, children: textRuns(words('docWriter.coverLine', { label: docText(line.label), value: docText(line.value) })) })),
    pageBreak(),
  ];
}

/** 第 {{page}} 页 共 {{pages}} 页 with the PAGE and NUMPAGES fields in the placeholders' places. */
function pageFooter(words: Words): Footer {
  const fields = { page: PageNumber.CURRENT, pages: PageNumber.TOTAL_PAGES } as const;
  const children = words('docWriter.footer')
    .split(/(\{\{\s*(?:page|pages)\s*\}\})/)
    .filter(Boolean)
    .map((part) => {
      const field = /^\{\{\s*(page|pages)\s*\}\}$/.exec(part)?.[1] as keyof typeof fields | undefined;
      return field ? fields[field] : part;
    });
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children })] })] });
}

/** The document model as .docx bytes. */
export async function writeDocx(model: DocModel): Promise<Uint8Array> {
  const words = wordsOf(model.locale);
  const header = docText(model.header);
  const body: FileChild[] = [...(model.cover ? coverPage(model.cover, words) : []), ...bodyBlocks(model.blocks, words)];
  const blank = () => new Paragraph({ style: STYLE.footer });
  const doc = new Document({
    title: docText(model.meta.title),
    creator: docText(model.meta.author),
    subject: docText(model.meta.subject),
    styles: documentStyles(),
    numbering: listNumbering(),
    sections: [
      {
        properties: { titlePage: model.cover !== null, page: { size: PAGE, margin: MARGIN } },
        headers: { default: new Header({ children: header ? [new Paragraph({ style: STYLE.header, children: textRuns(header) })] : [blank()] }), first: new Header({ children: [blank()] }) },
        footers: { default: pageFooter(words), first: new Footer({ children: [blank()] }) },
        // A body needs a paragraph for Word to open it: an empty model is one empty page.
        children: body.length ? body : [new Paragraph({})],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
