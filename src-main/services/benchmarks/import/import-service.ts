import { and, eq, isNull } from 'drizzle-orm';
import type { BenchmarkImportPreview, BenchmarkImportResult, BenchmarkLayout } from '../../../../src-shared/contract/benchmarks';
import { MAX_BENCHMARK_IMPORT_BYTES, MAX_BENCHMARK_IMPORT_ROWS } from '../../../../src-shared/contract/benchmarks';
import type { AnyColumnMapping } from '../../../../src-shared/contract/imports';
import { localDate } from '../../../../src-shared/domain/dates';
import type { MessageKey } from '../../../../src-shared/i18n';
import { accounts } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import { analyseImport, commitAnalysed, fileError, previewRows, readImportFile, type AnalysedImport } from '../../imports/pipeline';
import type { ImportSpec } from '../../imports/target';
import type { AccountRegister } from './accounts';
import { closestLayout, detectLayout, LAYOUTS, type AnyLayoutDef, type FollowerField, type LayoutDef, type PostField, type SnapshotField } from './layouts';
import { followerDaysSpec, snapshotsSpec } from './periods-spec';
import { postsSpec, type ImportOptions } from './posts-spec';

// benchmarks.previewImport / commitImport: a benchmarks file through the one import pipeline. The
// layout is detected from the header (or given), the rows of a WeChat backend file go to the own
// account chosen (or the only one), names not in the register become peer accounts.

const LIMITS = { maxBytes: MAX_BENCHMARK_IMPORT_BYTES, maxRows: MAX_BENCHMARK_IMPORT_ROWS };
/** Rows a preview sends: problems first, then the first rows. */
export const PREVIEW_ROWS = 500;

interface ImportInput {
  fileName: string;
  base64: string;
  layout?: BenchmarkLayout;
  mapping?: AnyColumnMapping;
  accountId?: string;
}

type AnySpec = ImportSpec<string, unknown, unknown>;

/** The own account a WeChat backend file belongs to: the one given, else the only own WeChat account. */
function ownAccountOf(ctx: ServiceContext, accountId: string | undefined): string {
  const live = isNull(accounts.deletedAt);
  if (accountId) {
    const found = ctx.db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, accountId), live)).get();
    if (!found) throw fileError(`no own account ${accountId}`, 'validation.unknown.account', ['accountId']);
    return accountId;
  }
  const wechat = ctx.db
    .select({ id: accounts.id, platform: accounts.platform })
    .from(accounts)
    .where(live)
    .all()
    .filter((a) => a.platform === 'wechat_subscription' || a.platform === 'wechat_service');
  if (wechat.length === 1) return wechat[0]!.id;
  throw fileError('the file names no account and the workspace has not one WeChat account', wechat.length ? 'validation.import.chooseAccount' : 'validation.import.noWechatAccount', ['accountId']);
}

const FIELD_LABEL = (field: string) => `benchImport.fields.${field}` as MessageKey;

interface Prepared {
  def: AnyLayoutDef;
  spec: AnySpec;
  accountId: string | null;
  register: () => AccountRegister | null;
}

function specFor(ctx: ServiceContext, layout: BenchmarkLayout, input: ImportInput): Prepared {
  const def = LAYOUTS[layout];
  const accountId = def.ownAccount ? ownAccountOf(ctx, input.accountId) : null;
  const options: ImportOptions = { accountId, sourceName: def.tool ?? input.fileName.slice(0, 60), sourceDate: localDate(new Date()) };
  let register: AccountRegister | null = null;
  const labels = Object.fromEntries(def.fields.map((f: string) => [f, FIELD_LABEL(f)]));
  let spec: AnySpec;
  if (def.kind === 'posts') spec = postsSpec(def as LayoutDef<PostField>, options, (l) => (register = l.register)) as unknown as AnySpec;
  else if (def.kind === 'snapshots') spec = snapshotsSpec(def as LayoutDef<SnapshotField>, options, (r) => (register = r)) as unknown as AnySpec;
  else spec = followerDaysSpec(def as LayoutDef<FollowerField>, { ...options, accountId: accountId! }) as unknown as AnySpec;
  return { def, spec: { ...spec, labels }, accountId, register: () => register };
}

async function analyse(ctx: ServiceContext, input: ImportInput) {
  const table = await readImportFile(input, LIMITS);
  const detected = detectLayout(table.header);
  if (!input.layout && !detected.layout) {
    // Fits no layout: name what the closest one lacks (the caller may also pick a layout and map columns).
    const closest = closestLayout(detected.matches);
    const names = LAYOUTS[closest.layout].headerNames as Record<string, readonly string[]>;
    const fields = closest.missing.map((field) => names[field]![0]!).join('、');
    throw fileError(`the header fits no benchmarks layout; closest ${closest.layout} lacks ${fields}`, 'validation.import.missingColumns', ['base64'], { fields });
  }
  const layout = input.layout ?? detected.layout!;
  const prepared = specFor(ctx, layout, input);
  const analysed = analyseImport(ctx, prepared.spec, table, input.mapping);
  const names = prepared.register()?.newPeers().map((p) => p.name) ?? [];
  return { ...prepared, layout, analysed, newPeers: names };
}

/** Required fields without a column, as the file's tool calls them (zh-CN). */
function missingColumns(def: AnyLayoutDef, analysed: AnalysedImport<string, unknown, unknown>): string[] {
  const names = def.headerNames as Record<string, readonly string[]>;
  return analysed.unmapped.map((field) => names[field]![0]!);
}

export function createBenchmarkImportService(ctx: ServiceContext) {
  return {
    async previewImport(input: ImportInput): Promise<BenchmarkImportPreview> {
      const { def, layout, analysed, newPeers, accountId } = await analyse(ctx, input);
      return {
        format: analysed.format,
        encoding: analysed.encoding,
        layout,
        fields: [...def.fields],
        header: analysed.header,
        suggested: analysed.suggested,
        mapping: analysed.mapping,
        missing: missingColumns(def, analysed),
        rows: previewRows(analysed.rows, PREVIEW_ROWS).map(({ row, cells, issues, outcome }) => ({ row, cells: cells as Record<string, string>, issues, outcome })),
        counts: { valid: analysed.counts.create, invalid: analysed.counts.invalid, duplicate: analysed.counts.duplicate, update: analysed.counts.update },
        newPeers,
        accountId,
      };
    },

    async commitImport(input: ImportInput): Promise<BenchmarkImportResult> {
      const { spec, analysed, newPeers } = await analyse(ctx, input);
      const { counts, rejected } = commitAnalysed(ctx, spec, analysed);
      return { created: counts.create, updated: counts.update, duplicates: counts.duplicate, invalid: counts.invalid, newPeers, rejected };
    },
  };
}
