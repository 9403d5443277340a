import { describe, expect, it } from 'vitest';
import type { CalendarItemInput } from '../../../src-shared/contract/calendar';
import { anAccount, openTestBackend } from '../../helpers/backend';

// 按栏目生成 shows, before creating anything, the push-rule problems its placeholders would cause
// (the shared push rules over the existing plan plus the placeholders), and leaves out the days
// before today unless asked.

// 2026-10: Tuesdays are the 6th, 13th, 20th and 27th.
const october = { from: '2026-10-01', to: '2026-10-31' };

async function setUp() {
  const backend = openTestBackend();
  const service = await backend.api.accounts.create(anAccount({ name: '悦汇·上海购物中心', platform: 'wechat_service' }));
  const sub = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', platform: 'wechat_subscription' }));
  const tuesdays = { kind: 'weekly' as const, weekdays: [2] };
  const members = await backend.api.columns.create({ accountId: service.id, name: '会员福利', cadence: tuesdays, ownerId: null });
  const weekend = await backend.api.columns.create({ accountId: sub.id, name: '周末去哪儿', cadence: tuesdays, ownerId: null });
  const create = (fields: Partial<CalendarItemInput> & { title: string; date: string }) => backend.api.calendar.createItem({ accountId: service.id, ...fields });
  // Two pushes of the service account already in October: with four Tuesdays, six in all.
  await create({ date: '2026-10-02', title: '国庆特辑' });
  await create({ date: '2026-10-09', title: '秋季上新' });
  return { backend, service, sub, members, weekend, create };
}

const key = (columnId: string, date: string) => `cadence:${columnId}:${date}`;

describe('previewCadence', () => {
  it("lists the service account's pushes past the 4th of the month that the placeholders would make", async () => {
    const { backend, service, members } = await setUp();
    const preview = await backend.api.calendar.previewCadence({ ...october, columnIds: [members.id] });
    expect(preview.placeholders.map((p) => p.date)).toEqual(['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27']);
    expect(preview.problems).toEqual([{ code: 'serviceOverMonthly', accountId: service.id, date: '2026-10', itemIds: [key(members.id, '2026-10-20'), key(members.id, '2026-10-27')], params: { count: 6, max: 4 } }]);
  });

  it('lists a push the placeholder would overfill, but not the problems the plan already has', async () => {
    const { backend, sub, weekend } = await setUp();
    for (let slot = 1; slot <= 8; slot++) await backend.api.calendar.createItem({ accountId: sub.id, date: '2026-10-13', slot, title: `第${slot}篇` });
    // Already wrong, and untouched by the placeholders: two 头条 on one day of the 订阅号.
    await backend.api.calendar.createItem({ accountId: sub.id, date: '2026-10-02', slot: 1, title: '一推' });
    await backend.api.calendar.createItem({ accountId: sub.id, date: '2026-10-02', slot: 1, title: '二推' });
    const preview = await backend.api.calendar.previewCadence({ ...october, columnIds: [weekend.id] });
    expect(preview.problems.map((p) => [p.code, p.date])).toEqual([
      ['tooManyArticles', '2026-10-13'],
      ['slotDuplicate', '2026-10-13'],
    ]);
    expect(preview.problems[0]).toMatchObject({ accountId: sub.id, params: { count: 9, max: 8 } });
    expect(preview.problems[0]!.itemIds).toContain(key(weekend.id, '2026-10-13'));
  });

  it('skips the days before today and says how many, unless past days are included', async () => {
    const { backend, members } = await setUp();
    const input = { ...october, columnIds: [members.id], today: '2026-10-15' };
    const preview = await backend.api.calendar.previewCadence(input);
    expect(preview.placeholders.map((p) => p.date)).toEqual(['2026-10-20', '2026-10-27']);
    expect(preview.skippedPast).toBe(2);
    // Without the past Tuesdays the month holds 4 pushes: no problem.
    expect(preview.problems).toEqual([]);

    const withPast = await backend.api.calendar.previewCadence({ ...input, includePast: true });
    expect(withPast.placeholders).toHaveLength(4);
    expect(withPast.skippedPast).toBe(0);
    expect(withPast.problems.map((p) => p.code)).toEqual(['serviceOverMonthly']);
  });
});

describe('fillCadence', () => {
  it('creates what the preview showed: the past days only when asked', async () => {
    const { backend, members } = await setUp();
    const input = { ...october, columnIds: [members.id], today: '2026-10-15' };
    expect((await backend.api.calendar.fillCadence(input)).map((i) => i.date)).toEqual(['2026-10-20', '2026-10-27']);
    expect((await backend.api.calendar.previewCadence(input)).skippedPast).toBe(2);
    expect((await backend.api.calendar.fillCadence({ ...input, includePast: true })).map((i) => i.date)).toEqual(['2026-10-06', '2026-10-13']);
    expect(await backend.api.calendar.previewCadence({ ...input, includePast: true })).toEqual({ placeholders: [], skippedPast: 0, problems: [] });
  });

  it("gives placeholders the account's usual push time", async () => {
    const { backend, sub, weekend } = await setUp();
    await backend.api.accounts.update({ id: sub.id, patch: { usualPushTime: '20:30' } });
    const created = await backend.api.calendar.fillCadence({ ...october, columnIds: [weekend.id], today: '2026-10-01' });
    expect(created.map((i) => i.time)).toEqual(['20:30', '20:30', '20:30', '20:30']);
  });
});
