import recipe from '../../resources/demo/huadong.json';
import type { AccountInput } from '../../src-shared/contract/accounts';
import type { KeyDateKind } from '../../src-shared/contract/calendar';
import type { ColumnInput } from '../../src-shared/contract/columns';
import type { KpiInput, MemberInput } from '../../src-shared/contract/team';
import type { WorkspaceInput } from '../../src-shared/contract/workspace';

// The demo workspace's recipe is data (resources/demo/huadong.json), typed here once.

export const DEMO_WORKSPACE: WorkspaceInput = recipe.workspace;
/** What a KPI is computed from (member_kpis.metric); '' or absent = entered by hand. */
export type KpiMetric = '' | 'articles' | 'reads' | 'hours' | 'activities' | 'new_followers';
/** A member of the recipe: what the team service takes, plus the hourly cost and KPI metrics the demo sets after it. */
export type DemoMember = MemberInput & { hourlyCostFen: number; kpis: Array<KpiInput & { metric?: KpiMetric }> };
export const DEMO_MEMBERS = recipe.members as ReadonlyArray<DemoMember>;
export const DEMO_ACCOUNTS = recipe.accounts as ReadonlyArray<Omit<AccountInput, 'ownerId'>>;
export const DEMO_COLUMNS = recipe.columns as ReadonlyArray<Pick<ColumnInput, 'name' | 'purpose' | 'cadence'>>;
export const DEMO_CITIES: readonly string[] = recipe.cities;
export const DEMO_SURNAMES: readonly string[] = recipe.surnames;
export const DEMO_GIVEN_NAMES: readonly string[] = recipe.givenNames;

/** The calendar's words: titles and tags by column name, festivals by 'MM-DD' (every year), key dates by month (0 = the demo's today's month, 1 = the next) and day, the topic pool. */
export interface DemoCalendarRecipe {
  titles: Readonly<Record<string, readonly string[]>>;
  tags: Readonly<Record<string, readonly string[]>>;
  festivals: ReadonlyArray<{ day: string; title: string; tags: readonly string[] }>;
  keyDates: ReadonlyArray<{ month: number; day: number; name: string; kind: KeyDateKind; notes: string }>;
  pool: readonly string[];
}
export const DEMO_CALENDAR = recipe.calendar as DemoCalendarRecipe;
