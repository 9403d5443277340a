import type { DocBlock, DocRun } from '../../../src-shared/contract/doc-model';
import type { Role } from '../../../src-shared/contract/team';
import type { KpiMetric } from '../../../src-shared/contract/team-appraisal';
import type { WorkCategory } from '../../../src-shared/contract/worklog';
import { durationText } from '../../../src-shared/domain/worklog/duration';
import type { Words } from '../../words';
import { noData, paragraph, table, text } from '../blocks';

// Section 6, 人员分工: who does what, what a day of theirs holds (the work log before the period)
// and what they are appraised on. Even a one-person team writes it, so the boss sees the daily work.

export interface PlanStaffMember {
  name: string;
  roles: Role[];
  duties: string;
  /** The work log of the 30 days before the period: days with entries, and minutes by category (most first). */
  log: { days: number; byCategory: { category: WorkCategory; minutes: number }[] };
  kpis: { name: string; target: number; unit: string; metric: KpiMetric }[];
}

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/staff.ts. */
export interface StaffFacts {
  members: PlanStaffMember[];
}

/** A cell of one line per entry (the writers keep line breaks inside a run). */
const lines = (values: readonly string[]): DocRun[] => [text(values.join('\n'))];

function dailyWork(log: PlanStaffMember['log'], words: Words): string[] {
  if (log.days === 0) return [words('planDocOps.staff.noLog')];
  const perDay = (minutes: number) => durationText(Math.round(minutes / log.days), words);
  const total = log.byCategory.reduce((sum, c) => sum + c.minutes, 0);
  return [
    words('planDocOps.staff.daily', { days: log.days, total: perDay(total) }),
    ...log.byCategory.map((c) => words('planDocOps.staff.dailyPart', { category: words(`worklog.categories.${c.category}`), time: perDay(c.minutes) })),
  ];
}

function kpiLines(member: PlanStaffMember, words: Words): string[] {
  if (member.kpis.length === 0) return [words('planDocOps.staff.noKpis')];
  return member.kpis.map((kpi) => words('planDocOps.staff.kpi', { name: kpi.name, target: kpi.target.toLocaleString('en-US'), unit: kpi.unit }));
}

/** How performance is appraised, from the metrics the KPIs use (computed ones by their names, hand-entered ones by the KPI's). */
function appraisal(members: readonly PlanStaffMember[], words: Words): DocBlock {
  const metrics = new Set<string>();
  for (const kpi of members.flatMap((m) => m.kpis)) metrics.add(kpi.metric ? words(`appraisal.metric.${kpi.metric}`) : kpi.name);
  if (metrics.size === 0) return paragraph(words('planDocOps.staff.appraisalNoKpis'));
  return paragraph(words('planDocOps.staff.appraisal', { metrics: [...metrics].join(words('cadence.separator')) }));
}

export function staffBlocks(facts: StaffFacts, words: Words): DocBlock[] {
  if (facts.members.length === 0) return [noData(words), paragraph(words('planDocOps.staff.noneHint'), 'note')];
  const col = (key: 'member' | 'roles' | 'duties' | 'daily' | 'kpis', width: number) => ({ title: words(`planDocOps.staff.columns.${key}`), width });
  const rows = facts.members.map((member) => ({
    cells: [
      [text(member.name, { bold: true })],
      lines([member.roles.map((role) => words(`team.role.${role}`)).join(words('cadence.separator'))]),
      lines([member.duties.trim() || words('planDocOps.staff.noDuties')]),
      lines(dailyWork(member.log, words)),
      lines(kpiLines(member, words)),
    ],
  }));
  return [
    paragraph(words('planDocOps.staff.intro', { count: facts.members.length })),
    table([col('member', 1.5), col('roles', 1.8), col('duties', 3.5), col('daily', 3), col('kpis', 3)], rows),
    { kind: 'heading', level: 2, text: words('planDocOps.staff.appraisalTitle') },
    appraisal(facts.members, words),
  ];
}
