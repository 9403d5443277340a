import { extname, resolve } from 'node:path';
import type { Plan, PlanExportFormat, PlanSummary } from '../../../src-shared/contract/plans';
import { localDate } from '../../../src-shared/domain/dates';
import { nextQuarter, parsePlanPeriod, planPeriodCode, type PlanPeriod } from '../../../src-shared/domain/plans/plan-sections';
import type { Backend } from '../../session/backend';
import { noMoreArguments, parseChoice, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { CliError, message, UsageError, type CommandResult } from '../command';
import { requireWritable, writeOutputFile } from '../files';
import type { TransferHandler, TransferRun } from './transfer';

// `opsbench export plan [--plan ID | --latest] [--period 2027Q1] [--out FILE] [--format docx|md|pdf]`:
// the marketing plan through the same contract methods as the screen's 导出, recorded among the
// plan's exports (so the workspace is opened for writing, after a read-only look for the plan).
// With no plan (for the period), the full template of the period is exported without creating a
// plan: nothing to record, so that stays read-only and works while the app holds the workspace.

const FORMATS = ['docx', 'md', 'pdf'] as const;
const FORMAT_OF_EXTENSION: Readonly<Record<string, PlanExportFormat>> = { '.md': 'md', '.markdown': 'md', '.pdf': 'pdf', '.docx': 'docx' };

interface PlanRequest {
  planId?: string;
  /** Given: the plan of this period (else its template); not given: the latest plan (else next quarter's template). */
  period?: PlanPeriod;
  format: PlanExportFormat;
  out?: string;
}

function requestOf(run: TransferRun): PlanRequest {
  noMoreArguments(run.positionals, run.command);
  const planId = stringOption(run.values, 'plan');
  const rawPeriod = stringOption(run.values, 'period');
  const selectors = [planId !== undefined, run.values.latest === true, rawPeriod !== undefined].filter(Boolean).length;
  if (selectors > 1) throw new UsageError(message('cli.export.plan.oneSelector'), run.command);
  const period = rawPeriod === undefined ? undefined : parsePlanPeriod(rawPeriod);
  if (rawPeriod !== undefined && !period) throw new UsageError(message('cli.export.plan.badPeriod', { value: rawPeriod }), run.command);
  const out = stringOption(run.values, 'out');
  const named = out ? FORMAT_OF_EXTENSION[extname(out).toLowerCase()] : undefined;
  const format = parseChoice('format', stringOption(run.values, 'format'), FORMATS, named ?? 'docx', run.command);
  // A PDF saved as x.docx opens nowhere: the extension, when it names a format, must be the format's.
  if (named && named !== format) throw new UsageError(message('cli.export.plan.formatMismatch', { out: out!, format }), run.command);
  return { planId, period, format, out };
}

const samePeriod = (plan: PlanSummary, period: PlanPeriod) => plan.periodStart === period.start && plan.periodEnd === period.end;

/** The plan to export, or undefined for the template; an unknown --plan is an error. */
async function findPlan(backend: Backend, request: PlanRequest, command: string): Promise<string | undefined> {
  // The list is newest period first.
  const plans = await call<PlanSummary[]>(backend, 'plans', 'list', {}, command);
  if (request.planId === undefined) return (request.period ? plans.find((plan) => samePeriod(plan, request.period!)) : plans[0])?.id;
  if (!plans.some((plan) => plan.id === request.planId)) throw new CliError(message('cli.export.plan.unknownPlan', { id: request.planId }), 'not_found');
  return request.planId;
}

async function requirePdf(backend: Backend, request: PlanRequest, command: string): Promise<void> {
  if (request.format !== 'pdf') return;
  const { pdf } = await call<{ pdf: boolean }>(backend, 'plans', 'canExportPdf', {}, command);
  if (!pdf) throw new CliError(message('cli.export.plan.needsLibreOffice'), 'unsupported');
}

function save(file: { fileName: string; base64: string }, out: string | undefined): string {
  const target = resolve(out ?? file.fileName);
  writeOutputFile(target, Buffer.from(file.base64, 'base64'));
  return target;
}

const titleOf = (fileName: string) => fileName.slice(0, fileName.length - extname(fileName).length);

async function exportPlan(run: TransferRun): Promise<CommandResult> {
  const request = requestOf(run);
  const found = await withBackend(
    run.dataDir,
    async (backend): Promise<{ planId?: string; result?: CommandResult }> => {
      await requirePdf(backend, request, run.command);
      const planId = await findPlan(backend, request, run.command);
      if (planId !== undefined) return { planId };
      const period = request.period ?? nextQuarter(localDate(new Date()));
      const file = await call<{ fileName: string; base64: string }>(backend, 'plans', 'exportTemplate', { periodKind: period.kind, periodStart: period.start, periodEnd: period.end, format: request.format }, run.command);
      const path = save(file, request.out);
      const summary = message('cli.export.plan.template', { period: planPeriodCode(period), title: titleOf(file.fileName), format: request.format, path });
      return { result: { summary, data: { counts: { exported: 1 }, recorded: false, planId: null, period, format: request.format, file: path } } };
    },
    { access: 'read' },
  );
  if (found.result) return found.result;
  const planId = found.planId!;
  // The export is recorded as what the boss received: a file that cannot be written must fail before it.
  requireWritable(resolve(request.out ?? '.'));
  return withBackend(
    run.dataDir,
    async (backend) => {
      const file = await call<{ exportId: string; fileName: string; base64: string }>(backend, 'plans', 'exportFile', { id: planId, format: request.format }, run.command);
      const plan = await call<Plan>(backend, 'plans', 'get', { id: planId }, run.command);
      const path = save(file, request.out);
      const sections = plan.sections.filter((section) => !section.hidden).length;
      return {
        summary: message('cli.export.plan.done', { title: titleOf(file.fileName), format: request.format, sections, path }),
        data: { counts: { exported: 1 }, recorded: true, planId, exportId: file.exportId, format: request.format, file: path },
      };
    },
    { program: `opsbench ${run.command}` },
  );
}

export const planExport: TransferHandler = {
  help: 'cli.help.exportPlan',
  options: { plan: { type: 'string' }, latest: { type: 'boolean' }, period: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  positionals: false,
  run: exportPlan,
};
