import { z } from 'zod';
import type { DocNode } from '../domain/articles/doc';
import { MAX_IMAGE_BYTES } from '../domain/library/image-info';
import { Id, IdInput, Ok, requiredText, RowMeta } from './common';
import { defineDomain, method } from './define';

// 素材库 (issue 10): images addressed by the SHA-256 of their bytes, and library items —
// article templates and reusable blocks, as ProseMirror JSON.

/** An image of the library; `id` is the SHA-256 (hex) of its bytes, referred to as `asset:<id>`. */
export const Asset = RowMeta.extend({
  name: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
});
export type Asset = z.infer<typeof Asset>;

/** An image as the library lists it: with the live articles whose body or cover shows it. */
export const ListedAsset = Asset.extend({ usedIn: z.array(z.object({ articleId: Id, title: z.string() })) });
export type ListedAsset = z.infer<typeof ListedAsset>;

/** Base64 characters of the largest accepted image (4 per 3 bytes, padded). */
const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;

export const UploadAssetInput = z.object({
  /** The file's name as the operator knows it (shown in the library). */
  name: requiredText(120),
  /** The file's bytes, base64; a file over the limit is refused by the size check, before decoding. */
  dataBase64: z.string().refine((v) => v.length <= MAX_IMAGE_BASE64, { message: 'library.problems.tooLarge', params: { maxMb: MAX_IMAGE_BYTES / 1024 / 1024 } }),
});

/** The JSON body of an upload of the largest image, with room for the name (the HTTP body limit of this method). */
export const UPLOAD_BODY_LIMIT_BYTES = MAX_IMAGE_BASE64 + 64 * 1024;

/** A ProseMirror node (src-shared/domain/articles/doc.ts); the editor drops what its schema lacks. */
export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
  }),
) as z.ZodType<DocNode>;

export const LibraryItemKind = z.enum(['template', 'block']);
export type LibraryItemKind = z.infer<typeof LibraryItemKind>;
/** 关注引导 | 往期推荐 | 签名 | 二维码底栏 | 其他 */
export const LibraryItemCategory = z.enum(['follow', 'recommend', 'signature', 'qrcode', 'other']);
export type LibraryItemCategory = z.infer<typeof LibraryItemCategory>;

/** Largest stored content, as JSON text: a long template with tables, far below a body's limit. */
const MAX_CONTENT_JSON = 200_000;

export const LibraryItem = RowMeta.extend({
  kind: LibraryItemKind,
  category: LibraryItemCategory,
  name: z.string(),
  /** A `doc` node: what inserting the block or starting from the template puts in the body. */
  content: DocNodeSchema,
});
export type LibraryItem = z.infer<typeof LibraryItem>;

export const LibraryItemInput = z.object({
  kind: LibraryItemKind,
  category: LibraryItemCategory.default('other'),
  name: requiredText(40),
  content: DocNodeSchema.refine((doc) => doc.type === 'doc', 'library.problems.notDocument').refine((doc) => JSON.stringify(doc).length <= MAX_CONTENT_JSON, 'library.problems.contentTooLarge'),
});
export type LibraryItemInput = z.input<typeof LibraryItemInput>;

export const LibraryItemPatch = z.object({ name: requiredText(40).optional(), category: LibraryItemCategory.optional(), content: LibraryItemInput.shape.content.optional() });

export const ListItemsInput = z.object({ kind: LibraryItemKind.optional(), category: LibraryItemCategory.optional() });

export const UploadAssetResult = z.object({
  asset: Asset,
  /** false when the same image was already in the library (same bytes, same asset). */
  added: z.boolean(),
});

export const libraryContract = defineDomain('library', {
  listAssets: method('Lists the images of the library, newest first, with the articles that use each.', z.object({}), z.array(ListedAsset)),
  uploadAsset: {
    ...method('Stores an image (PNG, JPEG, GIF or WebP, ≤ 10 MB) under the SHA-256 of its bytes; the same image twice is one asset.', UploadAssetInput, UploadAssetResult),
    maxInputBytes: UPLOAD_BODY_LIMIT_BYTES,
  },
  removeAsset: method('Removes an image from the library (its file stays for undo, backups and other devices; restoreAsset undoes it).', IdInput, Ok),
  restoreAsset: method('Undoes removeAsset.', IdInput, Asset),
  list: method('Lists templates and blocks, by kind and category when given.', ListItemsInput, z.array(LibraryItem)),
  create: method('Adds a template or block (e.g. a selection saved as a block).', LibraryItemInput, LibraryItem),
  update: method('Renames, recategorises or replaces the content of a template or block.', z.object({ id: Id, patch: LibraryItemPatch }), LibraryItem),
  remove: method('Removes a template or block (restore undoes it).', IdInput, Ok),
  restore: method('Undoes a remove.', IdInput, LibraryItem),
});
