import type { ActivitySpan } from '../../../../src-shared/contract/activities';
import type { CalendarItem, KeyDate, PushProblem, RevertChange } from '../../../../src-shared/contract/calendar';
import type { CalendarQuery } from '../../../../src-renderer/features/calendar/store';
import { fakeBackend } from '../fake-api';

// A calendar back end in memory: item rows, key dates and fixed push-rule problems. Like the
// real one, a write emits its change event before it answers.

export const anItem = (id: string, date: string): CalendarItem => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  accountId: 'acc-1',
  date,
  time: '',
  slot: 1,
  columnId: null,
  title: `标题 ${id}`,
  notes: '',
  ownerId: null,
  dueDate: '',
  status: 'topic',
  sourceKey: '',
  tags: [],
});

export const october: CalendarQuery = { from: '2026-09-28', to: '2026-11-08', today: '2026-10-08', accountIds: [], columnIds: [], statuses: [], ownerIds: [], tags: [], withGaps: false };
export const november: CalendarQuery = { ...october, from: '2026-10-26', to: '2026-12-06' };

export function calendarBackend() {
  const rows = new Map<string, CalendarItem & { deleted?: boolean }>([['i1', anItem('i1', '2026-10-01')]]);
  const keyDates = new Map<string, KeyDate>();
  const problems: PushProblem[] = [
    { code: 'subscriptionTwiceADay', accountId: 'acc-1', date: '2026-10-01', itemIds: ['i1'], params: { pushes: 2 } },
    { code: 'slotGap', accountId: 'acc-2', date: '2026-10-02', itemIds: [], params: { slot: 2 } },
  ];
  /** Activities' phases: one on acc-1, one on acc-2, one on no account. */
  const spans: ActivitySpan[] = [
    { activityId: 'a1', name: '国庆打卡', status: 'running', phase: 'main', startDate: '2026-10-01', endDate: '2026-10-07', accountIds: ['acc-1'] },
    { activityId: 'a2', name: '会员日', status: 'planned', phase: 'warmup', startDate: '2026-10-10', endDate: '2026-10-12', accountIds: ['acc-2'] },
    { activityId: 'a3', name: '全员抽奖', status: 'planned', phase: 'main', startDate: '2026-10-20', endDate: '2026-10-20', accountIds: [] },
  ];
  const live = () => [...rows.values()].filter((r) => !r.deleted);
  /** Emits the write's event, then answers. */
  const committed = <T>(ids: string[], answer: T): T => {
    backend.emit({ domain: 'calendar', ids });
    return answer;
  };
  const backend = fakeBackend({
    calendar: {
      listItems: ({ from, to }: { from: string; to: string }) => live().filter((r) => r.date >= from && r.date <= to),
      listPool: () => live().filter((r) => !r.date),
      cadenceGaps: () => [],
      listKeyDates: ({ from, to }: { from: string; to: string }) => [...keyDates.values()].filter((k) => k.date >= from && k.date <= to),
      attention: ({ today }: { today: string }) => ({ today: live().filter((r) => r.date === today), overdue: [], overdueTotal: 0 }),
      moveItems: ({ ids, date }: { ids: string[]; date: string }) => {
        const before = ids.map((id) => {
          const { date, accountId, slot, status, columnId } = rows.get(id)!;
          return { id, date, accountId, slot, status, columnId };
        });
        return committed(ids, { moved: ids.map((id) => Object.assign(rows.get(id)!, { date, slot: 2 })), before });
      },
      problems: () => problems,
      createItem: (input: CalendarItem) => {
        const row = { ...anItem(`i${rows.size + 1}`, input.date), title: input.title };
        rows.set(row.id, row);
        return committed([row.id], row);
      },
      editItems: ({ edits }: { edits: Array<{ id: string; patch: Partial<CalendarItem> }> }) => {
        const before = edits.map((e) => structuredClone(rows.get(e.id)!));
        const items = edits.map((e) => Object.assign(rows.get(e.id)!, e.patch));
        return committed(
          edits.flatMap((e) => [e.id, ...(e.patch.tags ?? []).map((tag) => `${e.id}:${tag}`)]),
          { items: structuredClone(items), before },
        );
      },
      removeItems: ({ ids }: { ids: string[] }) => {
        for (const id of ids) rows.get(id)!.deleted = true;
        return committed(ids, { ok: true });
      },
      /** The real rule, for plain fields and the tombstone: a field goes back only where it holds what the step wrote. */
      revertItems: ({ changes }: { changes: RevertChange[] }) => {
        const kept: Array<{ id: string; field: string }> = [];
        for (const { id, fields } of changes) {
          const row = rows.get(id)! as unknown as Record<string, unknown>;
          for (const [field, { expect, restore }] of Object.entries(fields) as Array<[string, { expect: unknown; restore: unknown }]>) {
            const value = field === 'deleted' ? !!row.deleted : row[field];
            if (JSON.stringify(value) !== JSON.stringify(expect)) kept.push({ id, field });
            else row[field] = field === 'deleted' ? restore || undefined : restore;
          }
        }
        const ids = changes.map((c) => c.id);
        return committed(ids, { items: ids.filter((id) => !rows.get(id)!.deleted).map((id) => structuredClone(rows.get(id)!)), deleted: ids.filter((id) => rows.get(id)!.deleted), kept });
      },
      saveKeyDate: (input: Omit<KeyDate, 'id'> & { id?: string }) => {
        const keyDate = { ...input, id: input.id ?? `k${keyDates.size + 1}` } as KeyDate;
        keyDates.set(keyDate.id, keyDate);
        return committed([keyDate.id], keyDate);
      },
    },
    activities: { spans: ({ from, to }: { from: string; to: string }) => spans.filter((span) => span.startDate <= to && span.endDate >= from) },
    calendarLayers: { list: () => ({ days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节', nameEn: 'National Day' }] }) },
  });
  /** The calls made since the last look, by method. */
  const callsSince = (() => {
    let seen = 0;
    return () => backend.calls.slice(seen, (seen = backend.calls.length));
  })();
  return { backend, rows, spans, callsSince };
}
