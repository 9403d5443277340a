import { createHash } from 'node:crypto';
import { desc, eq, isNull } from 'drizzle-orm';
import type { Asset, ListedAsset } from '../../../src-shared/contract/library';
import { MAX_IMAGE_BYTES, readImageInfo } from '../../../src-shared/domain/library/image-info';
import { writeAssetFile } from '../../db/asset-files';
import { assets } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';

// Images of the library. The file is written (or found) first, then the row: a failure between
// the two leaves a file no row names, which the next upload of the same image simply reuses.

type AssetRow = typeof assets.$inferSelect;

const toAsset = (row: AssetRow): Asset => ({ id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, name: row.name, mime: row.mime, bytes: row.bytes, width: row.width, height: row.height });
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function refuse(message: string, params?: Record<string, unknown>): AppError {
  return new AppError('validation', message, [{ path: ['dataBase64'], message, ...(params ? { params } : {}) }]);
}

/** The bytes' type and size, or the refusal the operator reads (type named, limit given). */
export function checkImage(bytes: Uint8Array): { mime: string; width: number; height: number } {
  if (bytes.length === 0) throw refuse('library.problems.empty');
  if (bytes.length > MAX_IMAGE_BYTES) throw refuse('library.problems.tooLarge', { maxMb: megabytes(MAX_IMAGE_BYTES), sizeMb: megabytes(bytes.length) });
  const info = readImageInfo(bytes);
  if (info.ok) return info;
  if (info.reason === 'corrupt') throw refuse('library.problems.corrupt', { type: info.mime.slice('image/'.length).toUpperCase() });
  if (info.kind === 'SVG') throw refuse('library.problems.svg');
  throw refuse(info.kind ? 'library.problems.unsupportedType' : 'library.problems.unknownType', { type: info.kind });
}

const ASSET_REFERENCE = /asset:([0-9a-f]{64})/g;

/** Which live articles show each image, in their body (article_bodies.json, derived) or as their cover. */
function usageOf(ctx: ServiceContext): Map<string, ListedAsset['usedIn']> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT a.id, coalesce(ci.title, '') AS title, a.cover_asset_id AS cover, coalesce(b.json, '') AS json
       FROM articles a LEFT JOIN article_bodies b ON b.article_id = a.id LEFT JOIN calendar_items ci ON ci.id = a.item_id
       WHERE a.deleted_at IS NULL`,
    )
    .all() as Array<{ id: string; title: string; cover: string | null; json: string }>;
  const usage = new Map<string, ListedAsset['usedIn']>();
  for (const row of rows) {
    const ids = new Set([...row.json.matchAll(ASSET_REFERENCE)].map((m) => m[1]!));
    if (row.cover) ids.add(row.cover);
    for (const id of ids) usage.set(id, [...(usage.get(id) ?? []), { articleId: row.id, title: row.title }]);
  }
  return usage;
}

export function createAssetsService(ctx: ServiceContext) {
  const find = (id: string) => ctx.db.select().from(assets).where(eq(assets.id, id)).get();

  return {
    listAssets(): ListedAsset[] {
      const usage = usageOf(ctx);
      return ctx.db
        .select()
        .from(assets)
        .where(isNull(assets.deletedAt))
        .orderBy(desc(assets.createdAt))
        .all()
        .map((row) => ({ ...toAsset(row), usedIn: usage.get(row.id) ?? [] }));
    },
    uploadAsset({ name, dataBase64 }: { name: string; dataBase64: string }): { asset: Asset; added: boolean } {
      const bytes = Buffer.from(dataBase64, 'base64');
      const { mime, width, height } = checkImage(bytes);
      const id = createHash('sha256').update(bytes).digest('hex');
      writeAssetFile(ctx.dataDir, id, bytes);
      const added = ctx.repo.transaction(() => {
        const existing = find(id);
        if (!existing) ctx.repo.insert(assets, { id, name, mime, bytes: bytes.length, width, height });
        else if (existing.deletedAt) ctx.repo.update(assets, id, { deletedAt: null, name });
        return !existing || existing.deletedAt !== null;
      });
      return { asset: toAsset(find(id)!), added };
    },
    removeAsset({ id }: { id: string }) {
      requireRow(find(id), 'asset', id);
      ctx.repo.tombstone(assets, id);
      return { ok: true as const };
    },
    restoreAsset({ id }: { id: string }): Asset {
      requireRow(find(id), 'asset', id);
      ctx.repo.restore(assets, id);
      return toAsset(find(id)!);
    },
  };
}
