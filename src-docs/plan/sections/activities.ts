import type { ActivityFigures, ActivityPurpose, ActivityStatus, Phase } from '../../../src-shared/contract/activities';
import type { DocBlock, DocTableColumn, DocTableRow } from '../../../src-shared/contract/doc-model';
import { formatFen } from '../../../src-shared/domain/money/money';
import type { Words } from '../../words';
import { noData, paragraph, row, table, text } from '../blocks';
import { count, dateSpan, longDate, percent } from '../format';
import type { SectionContext } from '../section-context';

// Section 3, 活动: what the past year's activities brought and cost (the activities domain's own
// figures and ROI), their lessons, then the activities planned in the period with their phases,
// owner, budget and the departments whose help they need.

export interface PastActivity {
  name: string;
  purpose: ActivityPurpose;
  startDate: string;
  endDate: string;
  participants: number;
  newFollowers: number;
  unfollows: number;
  conversions: number;
  revenueFen: number;
  /** As the activities screen computes them (src-shared/domain/activities/roi.ts). */
  figures: ActivityFigures;
  lessons: string;
}

export interface PlannedActivity {
  name: string;
  purpose: ActivityPurpose;
  status: ActivityStatus;
  phases: Phase[];
  goal: string;
  reachChannels: string[];
  /** The owner's name ('' = none yet). */
  owner: string;
  /** Σ of its budget lines. */
  budgetFen: number;
  /** The departments its budget lines name, each once. */
  departments: string[];
}

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/activities.ts. */
export interface ActivitiesFacts {
  /** The past year: activities that ended from..to (the day before the period). */
  pastFrom: string;
  pastTo: string;
  /** The latest of them (at most a dozen); `pastMore` ended in the window too and are only counted. */
  past: PastActivity[];
  pastMore: number;
  planned: PlannedActivity[];
}

const yuan = (fen: number) => formatFen(fen, { symbol: false });
const number = (title: string, width: number): DocTableColumn => ({ title, width, align: 'right' });
type Column = 'name' | 'dates' | 'participants' | 'newFollowers' | 'retention' | 'conversions' | 'revenue' | 'people' | 'cost' | 'roi' | 'purpose' | 'phases' | 'owner' | 'budget' | 'departments';

function pastBlocks(facts: ActivitiesFacts, words: Words, context: SectionContext): DocBlock[] {
  const c = (key: Column) => words(`planDoc.activities.column.${key}`);
  const { locale } = context;
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: words('planDoc.activities.past') }];
  if (facts.past.length === 0) return [...blocks, paragraph(words('planDoc.activities.noPast'))];
  blocks.push(paragraph(words('planDoc.activities.pastIntro', { from: longDate(locale, facts.pastFrom), to: longDate(locale, facts.pastTo) }), 'note'));
  if (facts.pastMore > 0) blocks.push(paragraph(words('planDoc.activities.pastMore', { shown: facts.past.length, count: facts.pastMore }), 'note'));
  // Two tables, what it brought and what it cost, so nine figures fit a page's width; the
  // window's own year goes without saying.
  const year = facts.pastTo.slice(0, 4);
  const results = facts.past.map((a) =>
    row([a.name, dateSpan(locale, a.startDate, a.endDate, year), count(locale, a.participants), count(locale, a.newFollowers), percent(a.figures.retention), count(locale, a.conversions)]),
  );
  const money = facts.past.map((a) => row([a.name, yuan(a.figures.budgetFen), yuan(a.figures.peopleFen), yuan(a.figures.costFen), yuan(a.revenueFen), percent(a.figures.roi)]));
  blocks.push(
    table(
      [{ title: c('name'), width: 2.6 }, { title: c('dates'), width: 2.2 }, number(c('participants'), 1.2), number(c('newFollowers'), 1.2), number(c('retention'), 1.1), number(c('conversions'), 1.1)],
      results,
      words('planDoc.activities.resultsCaption'),
    ),
    table([{ title: c('name'), width: 2.2 }, number(c('budget'), 1.6), number(c('people'), 1.5), number(c('cost'), 1.7), number(c('revenue'), 1.8), number(c('roi'), 1.2)], money, words('planDoc.activities.costCaption')),
  );
  blocks.push({ kind: 'heading', level: 3, text: words('planDoc.activities.lessons') });
  for (const a of facts.past) {
    const detail = words('planDoc.activities.unfollows', { unfollows: count(locale, a.unfollows) });
    blocks.push(paragraph([text(a.name, { bold: true }), text(detail)]));
    const lines = a.lessons
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length) blocks.push({ kind: 'list', ordered: false, items: lines.map((line) => [text(line)]) });
  }
  return blocks;
}

function plannedBlocks(facts: ActivitiesFacts, words: Words, context: SectionContext): DocBlock[] {
  const c = (key: Column) => words(`planDoc.activities.column.${key}`);
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: words('planDoc.activities.planned') }];
  if (facts.planned.length === 0) return [...blocks, paragraph(words('planDoc.activities.noPlanned'))];
  const year = context.period.start.slice(0, 4);
  const separator = words('planDoc.cell.listSeparator');
  const phasesText = (phases: readonly Phase[]) =>
    phases.length === 0
      ? words('planDoc.activities.noPhases')
      : phases.map((p) => words('planDoc.activities.phaseLine', { phase: words(`activities.phase.${p.phase}`), span: dateSpan(context.locale, p.startDate, p.endDate, year) })).join('；');
  const columns = [
    { title: c('name'), width: 2 },
    { title: c('purpose'), width: 0.9 },
    { title: c('phases'), width: 3.6 },
    { title: c('owner'), width: 1.1 },
    number(c('budget'), 1.8),
    { title: c('departments'), width: 1.6 },
  ];
  const rows: DocTableRow[] = facts.planned.map((a) =>
    row([
      a.name,
      words(`activities.purpose.${a.purpose}`),
      phasesText(a.phases),
      a.owner || words('planDoc.activities.noOwner'),
      yuan(a.budgetFen),
      a.departments.length ? a.departments.join(separator) : words('planDoc.activities.ownDepartment'),
    ]),
  );
  const total = facts.planned.reduce((sum, a) => sum + a.budgetFen, 0);
  rows.push(row([words('planDoc.activities.budgetTotal'), '', '', '', yuan(total), ''], 'total'));
  blocks.push(table(columns, rows));
  for (const a of facts.planned) {
    const lines = [
      ...(a.goal.trim() ? [words('planDoc.activities.goalLine', { goal: a.goal.trim() })] : []),
      ...(a.reachChannels.length ? [words('planDoc.activities.channelsLine', { channels: a.reachChannels.join(separator) })] : []),
    ];
    if (lines.length === 0) continue;
    blocks.push(paragraph([text(a.name, { bold: true })]), { kind: 'list', ordered: false, items: lines.map((line) => [text(line)]) });
  }
  return blocks;
}

export function activitiesBlocks(facts: ActivitiesFacts, words: Words, context: SectionContext): DocBlock[] {
  if (facts.past.length === 0 && facts.planned.length === 0) return [noData(words)];
  return [...pastBlocks(facts, words, context), ...plannedBlocks(facts, words, context)];
}
