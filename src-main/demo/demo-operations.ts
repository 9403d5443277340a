import type { Member } from '../../src-shared/contract/team';
import type { ServiceContext } from '../services/context';
import { fillLargeActivities, fillSmallActivities, type Random } from './demo-activities';
import { fillCommunity, fillLargeConcerns, fillSmallConcerns } from './demo-concerns';
import type { DemoMember } from './demo-recipe';
import { applyMemberCosts, DEMO_WORKLOG, fillDemoWorklog } from './demo-worklog';

// The demo's day-to-day operations (issue 12): activities and costs, people's hourly costs and
// KPI metrics, the work log, followers' concerns and the community SOP. Written after the
// calendar and the articles, which the work log and the concerns link to.

export interface DemoOperationsSummary {
  activities: number;
  costItems: number;
  workLogs: number;
  concerns: number;
  communityScripts: number;
}

export interface DemoOperationsInput {
  today: string;
  large: boolean;
  members: readonly Member[];
  memberInputs: readonly DemoMember[];
  accounts: ReadonlyArray<{ id: string; name: string; platform: string }>;
  /** The large calendar's days, over which the large demo's activities spread. */
  range: { from: string; to: string };
  cities: readonly string[];
}

export function fillDemoOperations(ctx: ServiceContext, random: Random, input: DemoOperationsInput): DemoOperationsSummary {
  const { today, large, members, accounts } = input;
  applyMemberCosts(ctx, members, input.memberInputs);
  const memberIds = members.map((m) => m.id);
  const planned = large ? fillLargeActivities(ctx, random, { today, memberIds, accounts, ...input.range, cities: input.cities }) : fillSmallActivities(ctx, { today, memberIds, accounts });
  const workLogs = fillDemoWorklog(ctx, random, { today, weeks: DEMO_WORKLOG[large ? 'large' : 'small'].weeks, workers: members, activities: planned.activities });
  const concerns = large ? fillLargeConcerns(ctx, random, today, accounts, input.cities) : fillSmallConcerns(ctx, today, accounts).concerns;
  const communityScripts = fillCommunity(ctx, accounts, memberIds);
  return { activities: planned.activities.length, costItems: planned.costItems, workLogs, concerns, communityScripts };
}
