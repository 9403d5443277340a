import { activities, activityAccounts, activityPhases, costItems } from '../db/schema';
import { addDays, daysInclusive } from '../../src-shared/domain/dates';
import type { RowValues } from '../sync/repository';
import type { ServiceContext } from '../services/context';
import { ACTIVITIES_RECIPE, dayOfMonthFrom, phasesFrom, statusOn, type ActivityRecipe, type CostRecipe, type PhaseDates, type ResultsRecipe } from './demo-activities-recipe';

// The demo's activities (活动) with their phases, accounts and budget lines, and the period's
// cost items (issue 12), written through the sync repository in the demo's transaction. Small:
// the recipe's 7 activities around today (3 done with results and lessons, 2 running, 2
// planned) and the period items of last, this and next month. Large: 300 activities over the
// large calendar's five years and 100,000 cost lines (the costs bench sums them), most of them
// the accounts' daily ad spend.

export const DEMO_ACTIVITIES = { large: { activities: 300, costItems: 100_000 } } as const;

export type Random = () => number;

/** What the work log links to: an activity's days and owner. */
export interface WrittenActivity {
  id: string;
  ownerId: string | null;
  startDate: string;
  endDate: string;
}

export interface DemoActivitiesInput {
  today: string;
  memberIds: readonly string[];
  /** The demo's accounts in their recipe order (the small recipe's indexes point into it). */
  accounts: ReadonlyArray<{ id: string; name: string }>;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface PlannedActivity {
  recipe: ActivityRecipe;
  name: string;
  phases: PhaseDates[];
  ownerId: string | null;
  accountIds: string[];
  /** Written once it runs (partial figures) or is done. */
  results: ResultsRecipe | undefined;
  lessons: string;
}

function costRow(line: CostRecipe, activityId: string | null, date: string, today: string): RowValues {
  return {
    activityId,
    date,
    category: line.category,
    name: line.name,
    unitFen: line.unitFen,
    quantity: line.quantity,
    importance: line.importance,
    paid: line.paid ?? date < today,
    department: line.department ?? '',
    notes: '',
  };
}

/** Writes the activities, their phases, accounts and budget lines; returns what the work log links to and how many cost lines. */
function writeActivities(ctx: ServiceContext, planned: readonly PlannedActivity[], today: string, cancelled: (i: number) => boolean): { written: WrittenActivity[]; costLines: number } {
  const rows = planned.map((p, i): RowValues => {
    const status = cancelled(i) ? 'cancelled' : statusOn(p.phases, today);
    const results = status === 'planned' || status === 'cancelled' ? undefined : p.results;
    return {
      name: p.name,
      purpose: p.recipe.purpose,
      mechanic: p.recipe.mechanic,
      status,
      goal: p.recipe.goal,
      plan: p.recipe.plan,
      reachChannels: JSON.stringify(p.recipe.reachChannels),
      ownerId: p.ownerId,
      ...(results ?? {}),
      lessons: status === 'done' ? p.lessons : '',
    };
  });
  const ids = ctx.repo.insertMany(activities, rows);
  const phases: RowValues[] = [];
  const links: RowValues[] = [];
  const costs: RowValues[] = [];
  planned.forEach((p, i) => {
    const activityId = ids[i]!;
    for (const phase of p.phases) phases.push({ id: `${activityId}:${phase.phase}`, activityId, ...phase });
    for (const accountId of p.accountIds) links.push({ id: `${activityId}:${accountId}`, activityId, accountId });
    for (const line of p.recipe.costs) costs.push(costRow(line, activityId, addDays(p.phases[0]!.startDate, line.day), today));
  });
  ctx.repo.insertMany(activityPhases, phases);
  ctx.repo.insertMany(activityAccounts, links);
  ctx.repo.insertMany(costItems, costs);
  const written = planned.map((p, i) => ({ id: ids[i]!, ownerId: p.ownerId, startDate: p.phases[0]!.startDate, endDate: p.phases[p.phases.length - 1]!.endDate }));
  return { written, costLines: costs.length };
}

/** The recipe's activities around today and the period items of last, this and next month. */
export function fillSmallActivities(ctx: ServiceContext, input: DemoActivitiesInput): { activities: WrittenActivity[]; costItems: number } {
  const { today, memberIds, accounts } = input;
  const planned = ACTIVITIES_RECIPE.activities.map((recipe): PlannedActivity => ({
    recipe,
    name: recipe.name,
    phases: phasesFrom(recipe.phases, addDays(today, recipe.phases.warmup.from)),
    ownerId: memberIds[recipe.owner % memberIds.length] ?? null,
    accountIds: recipe.accounts.flatMap((i) => (accounts[i] ? [accounts[i].id] : [])),
    results: recipe.results,
    lessons: recipe.lessons,
  }));
  const { written, costLines } = writeActivities(ctx, planned, today, () => false);
  const period: RowValues[] = [];
  for (const line of ACTIVITIES_RECIPE.periodCosts) {
    const months = line.monthly ? [-1, 0, 1] : [line.month ?? 0];
    for (const month of months) period.push(costRow(line, null, dayOfMonthFrom(today, month, line.day), today));
  }
  ctx.repo.insertMany(costItems, period);
  return { activities: written, costItems: costLines + period.length };
}

/** A template's results at another scale (an activity half as big, or twice). */
function scaled(results: ResultsRecipe | undefined, factor: number): ResultsRecipe | undefined {
  if (!results) return undefined;
  const n = (v: number) => Math.round(v * factor);
  return { ...results, participants: n(results.participants), newFollowers: n(results.newFollowers), unfollows: n(results.unfollows), conversions: n(results.conversions), revenueFen: n(results.revenueFen) };
}

export interface LargeActivitiesInput extends DemoActivitiesInput {
  /** The large calendar's first and last day: the activities spread over it. */
  from: string;
  to: string;
  cities: readonly string[];
}

/** 300 activities of the recipe's kinds over the five years, the months' period items, and the accounts' daily ad spend up to 100,000 lines. */
export function fillLargeActivities(ctx: ServiceContext, random: Random, input: LargeActivitiesInput): { activities: WrittenActivity[]; costItems: number } {
  const { today, memberIds, accounts, from, to, cities } = input;
  const accountIds = accounts.map((a) => a.id);
  const span = daysInclusive(from, to) - 40;
  const { activities: count, costItems: total } = DEMO_ACTIVITIES.large;
  const planned = Array.from({ length: count }, (_, i): PlannedActivity => {
    const recipe = ACTIVITIES_RECIPE.activities[i % ACTIVITIES_RECIPE.activities.length]!;
    const place = `${pick(random, cities)}${pick(random, ACTIVITIES_RECIPE.large.places)}`;
    const involved = new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, accountIds)));
    return {
      recipe,
      name: `${place}·${recipe.name}`.slice(0, 40),
      phases: phasesFrom(recipe.phases, addDays(from, Math.floor((i * span) / count + random() * 5))),
      ownerId: pick(random, memberIds),
      accountIds: [...involved],
      results: scaled(recipe.results ?? ACTIVITIES_RECIPE.activities[0]!.results, 0.4 + random() * 1.2),
      lessons: recipe.lessons || ACTIVITIES_RECIPE.activities[0]!.lessons,
    };
  });
  const { written, costLines } = writeActivities(ctx, planned, today, () => random() < 0.03);
  const period: RowValues[] = [];
  for (let month = 0; dayOfMonthFrom(from, month, 1) <= to; month++)
    for (const line of ACTIVITIES_RECIPE.periodCosts.filter((l) => l.monthly)) period.push(costRow(line, null, dayOfMonthFrom(from, month, line.day), today));
  const days = daysInclusive(from, to);
  const adLines = total - costLines - period.length;
  for (let j = 0; j < adLines; j++) {
    const date = addDays(from, j % days);
    const account = accounts[Math.floor(j / days) % accounts.length]!;
    period.push({
      activityId: null,
      date,
      category: 'ads',
      name: `信息流投放日消耗（${account.name}）`.slice(0, 60),
      unitFen: 100 * Math.round(200 + random() * 4800),
      quantity: 1,
      importance: random() < 0.2 ? 'important' : 'normal',
      paid: date < today,
      department: random() < 0.1 ? '市场部' : '',
      notes: '',
    });
  }
  ctx.repo.insertMany(costItems, period);
  return { activities: written, costItems: costLines + period.length };
}
