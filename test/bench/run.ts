import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { applyChanges } from './scenarios/apply-changes';
import { calendarEdit } from './scenarios/calendar/edit';
import { calendarDragMove, calendarMonthPaint, calendarNextMonth } from './scenarios/calendar/ui';
import { firstPaint } from './scenarios/first-paint';
import { openWorkspace } from './scenarios/open-workspace';
import { ruleCheck } from './scenarios/calendar/rule-check';
import { singleEdit } from './scenarios/single-edit';
import { withinBudget, type ScenarioResult } from './stats';

// `npm run bench [-- --check] [-- name…]`: each budget of the issues is a scenario here, run on
// the large demo workspace; `--check` exits 1 when a p95 misses its budget.

const scenarios: Record<string, () => Promise<ScenarioResult>> = {
  'open-workspace': openWorkspace,
  'first-paint': firstPaint,
  'single-edit': singleEdit,
  'apply-changes': applyChanges,
  'rule-check': ruleCheck,
  'calendar-month': calendarMonthPaint,
  'calendar-next-month': calendarNextMonth,
  'calendar-drag-move': calendarDragMove,
  'calendar-edit': calendarEdit,
};

function format(value: number, unit: string): string {
  return unit === 'ms' ? `${value.toFixed(value < 10 ? 2 : 0)} ms` : `${Math.round(value).toLocaleString('en')} ${unit}`;
}

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
    const result = await run();
    results.push(result);
    const ok = withinBudget(result);
    const bound = result.kind === 'max' ? '≤' : '≥';
    const calls = result.calls ? `; at most ${result.calls.most} API calls a run (budget ≤ ${result.calls.budget})` : '';
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${result.name}: median ${format(result.summary.median, result.unit)}, p95 ${format(result.summary.p95, result.unit)} (budget ${bound} ${format(result.budget, result.unit)}, ${result.summary.runs} runs)${calls}`,
    );
  }
  if (check && results.some((r) => !withinBudget(r))) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
