import { readFileSync } from 'node:fs';
import { and, eq, isNull } from 'drizzle-orm';
import type { ArticleExportFormat, ArticleFile, ArticleTheme, WechatCopy } from '../../../src-shared/contract/articles';
import type { DocNode } from '../../../src-shared/domain/articles/doc';
import { fileNameOf } from '../../../src-shared/domain/file-names';

import { renderMarkdown } from '../../../src-shared/domain/articles/render-markdown';
import { renderWechat, wechatPlainText } from '../../../src-shared/domain/articles/render-wechat';
import { assetIdOfSrc } from '../../../src-shared/domain/library/asset-src';
import { assetFile } from '../../db/asset-files';
import { accounts, articleBodies, articles, assets, calendarItems } from '../../db/schema';
import { articleDocx, type DocxImage } from '../../export/article-docx';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';
import { docFromLog, logRows } from './body-store';
import { docFromYDoc } from './yjs-doc';

// 复制到公众号 and the article's exports (html, Markdown, .docx), spread into the articles service.
// Images are `asset:<sha256>` in the body and the library's files (`db/asset-files.ts`); they travel as data URIs, which WeChat's editor uploads on paste, never
// as file:// or 127.0.0.1 addresses it cannot reach (docs/ARCHITECTURE.md, "Copy to WeChat").

/** Raster types WeChat takes and a data URI can carry; Word takes the same minus WebP. */
const DATA_URI_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);
const DOCX_TYPES: Readonly<Record<string, DocxImage['type']>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/bmp': 'bmp' };
const MIME: Readonly<Record<ArticleExportFormat, string>> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

interface StoredAsset {
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export function createWechatExport(ctx: ServiceContext) {
  /** The asset's row and bytes, or undefined when either is missing (an asset not synced yet). */
  function readAsset(src: string): StoredAsset | undefined {
    const id = assetIdOfSrc(src);
    if (!id) return undefined;
    const row = ctx.db.select().from(assets).where(eq(assets.id, id)).get();
    if (!row) return undefined;
    try {
      return { mime: row.mime, width: row.width, height: row.height, bytes: readFileSync(assetFile(ctx.dataDir, id)) };
    } catch {
      return undefined;
    }
  }

  /** An image src as a data URI; public http(s) addresses stay for WeChat to fetch; anything else is left out by the renderer. */
  function dataUriOf(src: string): string {
    if (!assetIdOfSrc(src)) return src;
    const asset = readAsset(src);
    return asset && DATA_URI_TYPES.has(asset.mime) ? `data:${asset.mime};base64,${asset.bytes.toString('base64')}` : '';
  }

  function docxImage(src: string): DocxImage | undefined {
    const asset = readAsset(src);
    const type = asset && DOCX_TYPES[asset.mime];
    return asset && type ? { data: asset.bytes, type, width: asset.width, height: asset.height } : undefined;
  }

  /** The article with its item, account and body (the derived JSON, else the update log replayed). */
  function load(id: string) {
    const article = requireRow(
      ctx.db
        .select()
        .from(articles)
        .where(and(eq(articles.id, id), isNull(articles.deletedAt)))
        .get(),
      'article',
      id,
    );
    const item = ctx.db.select().from(calendarItems).where(eq(calendarItems.id, article.itemId)).get();
    const account = item ? ctx.db.select().from(accounts).where(eq(accounts.id, item.accountId)).get() : undefined;
    return { article, title: item?.title ?? '', date: item?.date ?? '', accountName: account?.name ?? '', doc: bodyOf(id) };
  }

  function bodyOf(id: string): DocNode {
    const derived = ctx.db.select({ json: articleBodies.json }).from(articleBodies).where(eq(articleBodies.articleId, id)).get();
    if (derived?.json) return JSON.parse(derived.json) as DocNode;
    const ydoc = docFromLog(logRows(ctx, id));
    const doc = docFromYDoc(ydoc);
    ydoc.destroy();
    return doc;
  }

  function wechatCopy(doc: DocNode, theme: ArticleTheme): WechatCopy {
    const { html, footnotes, skippedImages } = renderWechat(doc, { theme, resolveImage: dataUriOf });
    return { html, plainText: wechatPlainText(doc, footnotes), footnotes: footnotes.length, skippedImages };
  }

  return {
    wechatHtml({ id, theme }: { id: string; theme?: ArticleTheme }): WechatCopy {
      const { article, doc } = load(id);
      return wechatCopy(doc, theme ?? (article.theme as ArticleTheme));
    },

    async exportFile({ id, format, theme }: { id: string; format: ArticleExportFormat; theme?: ArticleTheme }): Promise<ArticleFile> {
      const { article, title, date, accountName, doc } = load(id);
      let bytes: Buffer;
      if (format === 'html') bytes = Buffer.from(wechatCopy(doc, theme ?? (article.theme as ArticleTheme)).html, 'utf8');
      else if (format === 'md') bytes = Buffer.from(`# ${title.replace(/\n/g, ' ')}\n\n${renderMarkdown(doc, { resolveImage: dataUriOf })}`, 'utf8');
      else {
        const byline = [article.author, accountName, date].filter(Boolean).join('  ·  ');
        bytes = await articleDocx({ title, byline, doc, image: docxImage });
      }
      return { fileName: fileNameOf(title, format, 'article'), mimeType: MIME[format], base64: bytes.toString('base64') };
    },
  };
}
