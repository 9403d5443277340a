import { createHash } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DocModel } from '../../../src-shared/contract/doc-model';
import { NO_ASSUMPTIONS, type Plan, type PlanExport, type PlanExportFormat, type PlanExportSummary } from '../../../src-shared/contract/plans';
import type { Language } from '../../../src-shared/contract/settings';
import { localDate } from '../../../src-shared/domain/dates';
import { fileNameOf } from '../../../src-shared/domain/file-names';
import { templateSections, type PlanPeriod } from '../../../src-shared/domain/plans/plan-sections';
import { writeDocx } from '../../../src-docs/docx/write-docx';
import { writeMarkdown } from '../../../src-docs/markdown/write-markdown';
import { members, planExports } from '../../db/schema';
import { docxToPdf, findOffice, OfficePdfError } from '../../export/office-pdf';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { createSettingsService } from '../settings/settings-service';
import { keyboardMemberOf } from '../team/keyboard';
import { readWorkspace } from '../workspace/workspace-service';
import { planDocument } from './plan-document';

// Exporting a plan: its document model written as .docx, Markdown or (through LibreOffice) PDF,
// and every export recorded with that model as its snapshot, so the operator can see what the
// boss received and compare two versions. Recorded exports are synced rows: HQ lists them.

const MIME: Readonly<Record<PlanExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
};

interface PlanFile {
  fileName: string;
  mime: string;
  base64: string;
}

/** The name of the member at this device's keyboard, '' when none is chosen. */
function keyboardName(ctx: ServiceContext): string {
  const id = keyboardMemberOf(ctx);
  return id ? (ctx.db.select({ name: members.name }).from(members).where(eq(members.id, id)).get()?.name ?? '') : '';
}

export interface PlanModelOptions {
  /** Default: the workspace's language setting. */
  locale?: Language;
  /** The cover's date; default: this device's today. */
  today?: string;
}

/** The plan as the document the preview shows and the export writes. */
export function planModel(ctx: ServiceContext, plan: Plan, { locale, today }: PlanModelOptions = {}): DocModel {
  const company = readWorkspace(ctx);
  // The contract's author '' means the member at the keyboard.
  return planDocument(
    ctx,
    { ...plan, author: plan.author || keyboardName(ctx) },
    {
      locale: locale ?? createSettingsService(ctx).get().language,
      today: today ?? localDate(new Date()),
      company: { name: company?.name ?? '', shortName: company?.shortName ?? '' },
    },
  );
}

/** The full template for a period as an unsaved plan: what the CLI exports before any plan exists. */
function templatePlan(period: PlanPeriod): Plan {
  return {
    id: '',
    createdAt: '',
    updatedAt: '',
    title: '',
    author: '',
    periodKind: period.kind,
    periodStart: period.start,
    periodEnd: period.end,
    template: 'full',
    assumptions: NO_ASSUMPTIONS,
    sections: templateSections('full').map((key) => ({ key, hidden: false, note: null })),
  };
}

function pdfUnavailable(): AppError {
  return new AppError('unsupported', 'PDF export needs LibreOffice (soffice) installed on this computer', [{ path: ['format'], message: 'validation.plans.pdfNeedsLibreOffice' }]);
}

/** LibreOffice is there but did not convert (hung, crashed): the operator is told what to do instead. */
function pdfFailed(error: unknown): never {
  if (!(error instanceof OfficePdfError)) throw error;
  throw new AppError('unsupported', error.message, [{ path: ['format'], message: 'validation.plans.pdfFailed' }]);
}

/** The model written in `format`; PDF is the .docx converted by LibreOffice, so both look the same. */
async function writePlanFile(model: DocModel, format: PlanExportFormat): Promise<PlanFile> {
  const office = format === 'pdf' ? findOffice() : undefined;
  if (format === 'pdf' && !office) throw pdfUnavailable();
  const bytes = format === 'md' ? Buffer.from(writeMarkdown(model), 'utf8') : await writeDocx(model);
  const written = office ? await docxToPdf(office, bytes).catch(pdfFailed) : bytes;
  return { fileName: fileNameOf(model.meta.title, format, model.cover?.subtitle || 'plan'), mime: MIME[format], base64: Buffer.from(written).toString('base64') };
}

const snapshotChecksum = (snapshot: string) => createHash('sha256').update(snapshot, 'utf8').digest('hex');

/** Records an export of `plan` holding `model`; returns its id. The demo records one without writing a file. */
export function recordPlanExport(ctx: ServiceContext, plan: Plan, model: DocModel, format: PlanExportFormat, fileName: string): string {
  const snapshot = JSON.stringify(model);
  return ctx.repo.insert(planExports, {
    planId: plan.id,
    format,
    fileName,
    exportedAt: new Date().toISOString(),
    exportedBy: keyboardName(ctx),
    title: model.meta.title,
    snapshot,
    checksum: snapshotChecksum(snapshot),
  });
}

/** A recorded export's columns but its snapshot, which only getExport reads. */
const SUMMARY_COLUMNS = {
  id: planExports.id,
  planId: planExports.planId,
  format: planExports.format,
  fileName: planExports.fileName,
  exportedAt: planExports.exportedAt,
  exportedBy: planExports.exportedBy,
  title: planExports.title,
  checksum: planExports.checksum,
};
const summaryOf = (row: { [K in keyof typeof SUMMARY_COLUMNS]: string }): PlanExportSummary => ({ ...row, format: row.format as PlanExportFormat });

/** The plans service's export handlers; `getPlan` reads a live plan or throws not_found. */
export function createPlanExports(ctx: ServiceContext, getPlan: (id: string) => Plan) {
  return {
    async exportFile({ id, format, locale }: { id: string; format: PlanExportFormat; locale?: Language }): Promise<PlanFile & { exportId: string }> {
      const plan = getPlan(id);
      const model = planModel(ctx, plan, { locale });
      const file = await writePlanFile(model, format);
      // Recorded once the file exists: a failed conversion leaves no export the boss never got.
      return { exportId: recordPlanExport(ctx, plan, model, format, file.fileName), ...file };
    },
    exports({ planId }: { planId: string }): PlanExportSummary[] {
      const rows = ctx.db
        .select(SUMMARY_COLUMNS)
        .from(planExports)
        .where(and(eq(planExports.planId, planId), isNull(planExports.deletedAt)))
        .orderBy(desc(planExports.exportedAt), desc(planExports.id))
        .all();
      return rows.map(summaryOf);
    },
    getExport({ id }: { id: string }): PlanExport {
      const row = ctx.db
        .select({ ...SUMMARY_COLUMNS, snapshot: planExports.snapshot })
        .from(planExports)
        .where(and(eq(planExports.id, id), isNull(planExports.deletedAt)))
        .get();
      if (!row) throw notFound('plan export', id);
      const { snapshot, ...summary } = row;
      return { ...summaryOf(summary), snapshot: JSON.parse(snapshot) as DocModel };
    },
    canExportPdf: () => ({ pdf: findOffice() !== undefined }),
    exportTemplate({ periodKind, periodStart, periodEnd, format, locale }: { periodKind: PlanPeriod['kind']; periodStart: string; periodEnd: string; format: PlanExportFormat; locale?: Language }): Promise<PlanFile> {
      return writePlanFile(planModel(ctx, templatePlan({ kind: periodKind, start: periodStart, end: periodEnd }), { locale }), format);
    },
  };
}
