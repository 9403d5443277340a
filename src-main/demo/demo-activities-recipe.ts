import recipe from '../../resources/demo/activities.json';
import type { ActivityPhaseName, ActivityPurpose, ActivityStatus } from '../../src-shared/contract/activities';
import type { CostCategory, CostImportance } from '../../src-shared/contract/costs';
import { addDays, addMonths } from '../../src-shared/domain/dates';

// The words of the demo's activities, costs, work log, concerns and community (issue 12):
// resources/demo/activities.json, typed here once. Dates are day offsets from the demo's today,
// so the activities stay done, running and planned whatever day the demo is loaded on.

/** A budget line: `day` days after the activity's first day (or of the month for a period's item). */
export interface CostRecipe {
  day: number;
  category: CostCategory;
  name: string;
  unitFen: number;
  quantity: number;
  importance: CostImportance;
  department?: string;
  paid?: boolean;
}
export interface ResultsRecipe {
  participants: number;
  newFollowers: number;
  unfollows: number;
  conversions: number;
  revenueFen: number;
  valuePerFollowerFen: number;
}
export interface ActivityRecipe {
  name: string;
  purpose: ActivityPurpose;
  mechanic: string;
  /** Indexes into the demo's members and accounts. */
  owner: number;
  accounts: number[];
  goal: string;
  plan: string;
  reachChannels: string[];
  /** First and last day as offsets from today, and what happens. */
  phases: Record<ActivityPhaseName, { from: number; to: number; notes: string }>;
  results?: ResultsRecipe;
  lessons: string;
  costs: CostRecipe[];
}
/** A period's item: every month (last, this, next) or once in month `month` (−1, 0, 1). */
export interface PeriodCostRecipe extends CostRecipe {
  monthly?: boolean;
  month?: number;
}
export type WorkCategory = 'writing' | 'design' | 'support' | 'promotion' | 'data' | 'meeting' | 'community' | 'activity' | 'other';
export interface ConcernRecipe {
  topic: string;
  category: 'product' | 'service' | 'complaint' | 'price' | 'other';
  frequency: number;
  status: 'new' | 'answering' | 'answered' | 'closed';
  /** Offset from today. */
  firstSeen: number;
  account: number;
  /** Words of the demo articles' titles that answer it. */
  articleWords: string[];
  examples: string[];
}
export interface ScriptRecipe {
  kind: 'welcome' | 'announcement' | 'keyword' | 'rule';
  title: string;
  keyword: string;
  text: string;
}
export interface DemoActivitiesRecipe {
  activities: ActivityRecipe[];
  periodCosts: PeriodCostRecipe[];
  worklog: {
    categoriesByRole: Record<string, WorkCategory[]>;
    /** The range of one entry's minutes. */
    minutes: Record<WorkCategory, { min: number; max: number }>;
    notes: Record<WorkCategory, string[]>;
  };
  concerns: ConcernRecipe[];
  community: { positioning: string; owner: number; admins: number[]; notes: string; scripts: ScriptRecipe[]; templates: ScriptRecipe[] };
  large: { places: string[]; concernPlaces: string[] };
}
export const ACTIVITIES_RECIPE = recipe as DemoActivitiesRecipe;

export const PHASE_ORDER: readonly ActivityPhaseName[] = ['warmup', 'main', 'wrapup'];

export interface PhaseDates {
  phase: ActivityPhaseName;
  startDate: string;
  endDate: string;
  notes: string;
}

/** An activity's phases as dates, its first day moved to `start`. */
export function phasesFrom(recipePhases: ActivityRecipe['phases'], start: string): PhaseDates[] {
  const first = recipePhases.warmup.from;
  return PHASE_ORDER.map((phase) => {
    const { from, to, notes } = recipePhases[phase];
    return { phase, startDate: addDays(start, from - first), endDate: addDays(start, to - first), notes };
  });
}

/** Where an activity stands on `today`: done after its 收尾, running from its 正式 phase on, else planned. */
export function statusOn(phases: readonly PhaseDates[], today: string): ActivityStatus {
  const main = phases.find((p) => p.phase === 'main')!;
  const last = phases[phases.length - 1]!;
  if (last.endDate < today) return 'done';
  return main.startDate <= today ? 'running' : 'planned';
}

/** Day `day` (1–28) of the month `delta` months from `today`'s. */
export function dayOfMonthFrom(today: string, delta: number, day: number): string {
  return addDays(addMonths(today, delta), day - 1);
}
