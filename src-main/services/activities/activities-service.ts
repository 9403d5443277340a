import { and, eq, isNull } from 'drizzle-orm';
import type { Activity, ActivityInput, activitiesContract } from '../../../src-shared/contract/activities';
import type { DomainHandlers } from '../../../src-shared/contract/define';
import { activities, activityAccounts, activityPhases, costItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';
import { implementation, activityIdsOverlapping, spans } from './activity-calendar';
import { toActivities, type ActivityRow } from './activity-rows';
import { checkReferences, writeAccounts, writePhases } from './activity-sets';

// Activities (活动): the campaign row, its phase and account sets, and — on delete — its cost
// lines. A delete stamps the activity and every live row it takes along with ONE time, so restore
// brings back exactly those (a cost line deleted earlier on its own keeps its older stamp).

type Patch = Partial<ActivityInput>;

/** The stored form of the row's own fields; sets (phases, accounts) are written apart. Undefined = left as is. */
function rowValues(input: Patch) {
  const { phases: _phases, accountIds: _accountIds, reachChannels, images, ...fields } = input;
  return {
    ...fields,
    reachChannels: reachChannels === undefined ? undefined : JSON.stringify([...new Set(reachChannels)]),
    images: images === undefined ? undefined : JSON.stringify([...new Set(images)]),
  };
}

/** The tables whose rows go and come back with their activity, by their `activity_id`. */
const TAKEN_ALONG = [activityPhases, activityAccounts, costItems] as const;

export function createActivitiesService(ctx: ServiceContext): DomainHandlers<typeof activitiesContract> {
  const findRow = (id: string): ActivityRow => requireRow(ctx.db.select().from(activities).where(eq(activities.id, id)).get(), 'activity', id);
  const findLive = (id: string): ActivityRow => {
    const row = findRow(id);
    return requireRow(row.deletedAt ? undefined : row, 'activity', id);
  };
  const one = (id: string): Activity => toActivities(ctx, [findRow(id)])[0]!;

  function save(id: string | null, input: Patch): string {
    return ctx.repo.transaction(() => {
      checkReferences(ctx, input);
      const activityId = id ?? ctx.repo.insert(activities, rowValues(input));
      if (id) ctx.repo.update(activities, id, rowValues(input));
      if (input.phases) writePhases(ctx, activityId, input.phases);
      if (input.accountIds) writeAccounts(ctx, activityId, [...new Set(input.accountIds)]);
      return activityId;
    });
  }

  return {
    list({ status, from, to }) {
      const rows = ctx.db
        .select()
        .from(activities)
        .where(and(isNull(activities.deletedAt), status ? eq(activities.status, status) : undefined))
        .all();
      const inRange = from || to ? activityIdsOverlapping(ctx, from ?? '0000-01-01', to ?? '9999-12-31') : null;
      const listed = toActivities(
        ctx,
        rows.filter((r) => !inRange || inRange.has(r.id)),
      );
      // Newest start first; activities without dates yet (being planned) before them all.
      return listed.sort((a, b) => (a.startDate === '' ? 0 : 1) - (b.startDate === '' ? 0 : 1) || b.startDate.localeCompare(a.startDate) || b.createdAt.localeCompare(a.createdAt));
    },
    get: ({ id }) => toActivities(ctx, [findLive(id)])[0]!,
    create: (input) => one(save(null, input)),
    update({ id, patch }) {
      findLive(id);
      return one(save(id, patch));
    },
    remove({ id }) {
      ctx.repo.transaction(() => {
        const row = findRow(id);
        if (row.deletedAt) return;
        const deletedAt = new Date().toISOString();
        for (const table of TAKEN_ALONG) {
          const live = ctx.db
            .select({ id: table.id })
            .from(table)
            .where(and(eq(table.activityId, id), isNull(table.deletedAt)))
            .all();
          for (const child of live) ctx.repo.update(table, child.id, { deletedAt });
        }
        ctx.repo.update(activities, id, { deletedAt });
      });
      return { ok: true as const };
    },
    restore({ id }) {
      ctx.repo.transaction(() => {
        const row = findRow(id);
        if (!row.deletedAt) return;
        for (const table of TAKEN_ALONG) {
          const taken = ctx.db
            .select({ id: table.id })
            .from(table)
            .where(and(eq(table.activityId, id), eq(table.deletedAt, row.deletedAt)))
            .all();
          for (const child of taken) ctx.repo.restore(table, child.id);
        }
        ctx.repo.restore(activities, id);
      });
      return one(id);
    },
    spans: (range) => spans(ctx, range),
    implementation: (input) => implementation(ctx, input),
  };
}
