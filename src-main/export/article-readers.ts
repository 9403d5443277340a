import { basename, extname } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { DocNode } from '../../src-shared/domain/articles/doc';
import { docFromParagraphs } from '../../src-shared/domain/articles/doc';
import { decodeText } from './csv-reader';
import { htmlToDoc } from './html-to-doc';
import { unpackWithLimits } from './zip-guard';

// Article files as the linter (and any other reader) takes them: Markdown, HTML, Word .docx and
// plain text, each read into the document model with a title. Text files are decoded as the
// calendar import decodes CSV (UTF-8 with or without BOM, UTF-16 by BOM, else GB18030/GBK), and
// bytes that decode to no text at all are refused rather than linted as mojibake.

export const ARTICLE_FILE_TYPES = ['.md', '.markdown', '.html', '.htm', '.docx', '.txt'] as const;

export interface ArticleFile {
  title: string;
  author: string;
  digest: string;
  doc: DocNode;
}

/** Why a file could not be read: the CLI says it in the user's language. */
export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
  constructor(
    readonly reason: 'unsupported' | 'encoding' | 'damaged',
    detail: string,
  ) {
    super(detail);
  }
}

/** Text, or an error when the bytes are binary (NULs) or mostly undecodable. */
function textOf(bytes: Uint8Array): string {
  const { text } = decodeText(bytes);
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (text.includes('\u0000') || replaced > Math.max(2, text.length / 100)) throw new ArticleFileError('encoding', 'not text in UTF-8, UTF-16 or GBK');
  return text;
}

/** A heading-1 that opens the body is the article's title (Markdown and Word put it there), not body text. */
function takeLeadingTitle(doc: DocNode): { title: string; doc: DocNode } {
  const [first, ...rest] = doc.content ?? [];
  if (first?.type !== 'heading' || first.attrs?.level !== 1) return { title: '', doc };
  const title = (first.content ?? []).map((n) => n.text ?? '').join('');
  return { title: title.trim(), doc: { ...doc, content: rest.length ? rest : [{ type: 'paragraph' }] } };
}

/** `---` front matter at the top of a Markdown file: its simple `key: value` lines. */
function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^(\w+)\s*:\s*(.*)$/.exec(line);
    if (field?.[1]) fields[field[1].toLowerCase()] = (field[2] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return { fields, body: text.slice(match[0].length) };
}

function fromMarkdown(text: string): ArticleFile {
  const { fields, body } = frontMatter(text);
  const html = new MarkdownIt({ html: true, linkify: true }).render(body);
  const { title, doc } = takeLeadingTitle(htmlToDoc(html).doc);
  return { title: fields.title || title, author: fields.author ?? '', digest: fields.digest ?? fields.description ?? '', doc };
}

function fromHtml(text: string): ArticleFile {
  const page = htmlToDoc(text);
  const { title, doc } = takeLeadingTitle(page.doc);
  return { title: title || page.title, author: page.author, digest: '', doc };
}

async function fromDocx(bytes: Buffer): Promise<ArticleFile> {
  try {
    // mammoth unpacks everything it is given: the archive is checked against a zip bomb first.
    unpackWithLimits(bytes);
    // Loaded on first use: ~100 ms every CLI command would pay at start.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    return fromHtml(value);
  } catch (error) {
    throw new ArticleFileError('damaged', error instanceof Error ? error.message : String(error));
  }
}

/** Reads an article file by its extension; the title falls back to the file's name. */
export async function readArticleFile(path: string, bytes: Buffer): Promise<ArticleFile> {
  const ext = extname(path).toLowerCase();
  const fileTitle = basename(path, extname(path));
  let read: ArticleFile;
  if (ext === '.md' || ext === '.markdown') read = fromMarkdown(textOf(bytes));
  else if (ext === '.html' || ext === '.htm') read = fromHtml(textOf(bytes));
  else if (ext === '.docx') read = await fromDocx(bytes);
  else if (ext === '.txt') read = { title: '', author: '', digest: '', doc: docFromParagraphs(textOf(bytes)) };
  else throw new ArticleFileError('unsupported', ext || path);
  return { ...read, title: read.title || fileTitle };
}
