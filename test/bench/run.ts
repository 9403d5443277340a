import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { applyChanges } from './scenarios/apply-changes';
import { applyPulled } from './scenarios/sync/apply-pulled';
import { firstSync100k } from './scenarios/sync/first-sync';
import { demoSmall } from './scenarios/demo-small';
import { benchmarksTrendPaint } from './scenarios/benchmarks/trend-paint';
import { overviewPaint } from './scenarios/overview/paint';
import { articleMerge, articleOpen } from './scenarios/articles';
import { lintTwentyThousand } from './scenarios/articles/lint';
import { articleSearch1, articleSearch2, articleSearch4 } from './scenarios/articles/search';
import { editorKeystroke, editorOpen } from './scenarios/articles/editor';
import { benchmarksRanking } from './scenarios/benchmarks/ranking';
import { costsTotals100k } from './scenarios/costs/totals';
import { calendarEdit } from './scenarios/calendar/edit';
import { calendarUndoDrag } from './scenarios/calendar/undo';
import { calendarDragMove, calendarFirstOpen, calendarMonthPaint, calendarNextMonth, calendarNextMonthUnfetched } from './scenarios/calendar/ui';
import { repoInsert50k } from './scenarios/imports/repo-insert';
import { xlsxRead50k } from './scenarios/imports/xlsx-read';
import { importBenchmarks50k } from './scenarios/benchmarks/import';
import { hostileImportMemory, hostileImportTime, normalImportPreview } from './scenarios/files/import-files';
import { workspaceLock } from './scenarios/session/lock';
import { firstPaint } from './scenarios/first-paint';
import { openWorkspace } from './scenarios/open-workspace';
import { ruleCheck } from './scenarios/calendar/rule-check';
import { singleEdit } from './scenarios/single-edit';
import { worklogSave } from './scenarios/worklog/save';
import { planExportLarge, planExportStandard } from './scenarios/plans/export';
import { reportTable } from './report';
import { ScenarioSkipped, withinBudget, type ScenarioResult } from './stats';
import { hqConcurrentPostgres, hqPushPglite, hqPushPostgres } from './scenarios/hq/push';

// `npm run bench [-- --check] [-- name…]`: each budget of the issues is a scenario here, run on
// the large demo workspace; `--check` exits 1 when a p95 misses its budget (or a median its
// floor ratio). Timings depend on the machine: compare runs made on the same one.

const scenarios: Record<string, () => Promise<ScenarioResult>> = {
  'open-workspace': openWorkspace,
  'first-paint': firstPaint,
  'single-edit': singleEdit,
  'apply-changes': applyChanges,
  'sync-apply-pulled': applyPulled,
  'sync-first-100k': firstSync100k,
  'rule-check': ruleCheck,
  'calendar-first-open': calendarFirstOpen,
  'calendar-month': calendarMonthPaint,
  'calendar-next-month': calendarNextMonth,
  'calendar-next-month-unfetched': calendarNextMonthUnfetched,
  'calendar-drag-move': calendarDragMove,
  'calendar-edit': calendarEdit,
  'calendar-undo-drag': calendarUndoDrag,
  'workspace-lock': workspaceLock,
  'import-hostile-time': hostileImportTime,
  'import-hostile-memory': hostileImportMemory,
  'import-preview-5000': normalImportPreview,
  'article-open': articleOpen,
  'article-merge': articleMerge,
  'lint-20000': lintTwentyThousand,
  'article-search-1': articleSearch1,
  'article-search-2': articleSearch2,
  'article-search-4': articleSearch4,
  'article-open-editor': editorOpen,
  'editor-keystroke': editorKeystroke,
  'xlsx-read-50k': xlsxRead50k,
  'repo-insert-50k': repoInsert50k,
  'import-benchmarks-50k': importBenchmarks50k,
  'demo-small': demoSmall,
  'benchmarks-ranking-200': benchmarksRanking,
  'benchmarks-trend-paint': benchmarksTrendPaint,
  'costs-totals-100k': costsTotals100k,
  'worklog-save': worklogSave,
  'overview-paint': overviewPaint,
  'plan-export': planExportStandard,
  'plan-export-large': planExportLarge,
  'hq-push-pglite': hqPushPglite,
  'hq-push-postgres': hqPushPostgres,
  'hq-concurrent-postgres': hqConcurrentPostgres,
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const unknown = wanted.filter((name) => !(name in scenarios));
  if (unknown.length) {
    console.error(`unknown scenario: ${unknown.join(', ')} (known: ${Object.keys(scenarios).join(', ')})`);
    process.exit(2);
  }
  if (!existsSync('out/main/cli.js') || !existsSync('out/renderer/index.html')) execSync('npm run build --silent', { stdio: 'inherit' });
  const results: ScenarioResult[] = [];
  for (const [name, run] of Object.entries(scenarios)) {
    if (wanted.length && !wanted.includes(name)) continue;
    console.error(`running ${name}…`);
    try {
      results.push(await run());
    } catch (error) {
      if (!(error instanceof ScenarioSkipped)) throw error;
      console.error(`skipped ${name}: ${error.message}`);
    }
  }
  console.log(`\n${reportTable(results)}`);
  if (check && results.some((r) => !withinBudget(r))) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
