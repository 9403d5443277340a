import { describe, expect, it } from 'vitest';
import type { HolidayYearSchedule } from '../../../../src-shared/contract/holidays';
import { createHolidaysStore } from '../../../../src-renderer/features/holidays/store';
import { fakeBackend, onScreen, settle } from '../fake-api';

/** A back end holding entered years over chinese-days' 2004–2026 and the estimate. */
function holidaysBackend() {
  const entered = new Set<number>();
  const backend = fakeBackend({
    calendarLayers: {
      list: ({ from }: { from: string }) => {
        const year = Number(from.slice(0, 4));
        return { days: [], sources: [{ year, source: entered.has(year) ? 'entered' : year <= 2026 ? 'builtin' : 'estimated' }] };
      },
    },
    holidays: {
      replaceYear: ({ year }: HolidayYearSchedule) => (entered.add(year), { entries: [] }),
      removeYear: ({ year }: { year: number }) => (entered.delete(year), { ok: true }),
    },
  });
  return { backend, entered };
}

const december2026 = () => new Date(2026, 11, 1);

describe('holidays store', () => {
  it('lists last year, this year and next year with their source, and shows a saved or removed year at once', async () => {
    const { backend } = holidaysBackend();
    const store = createHolidaysStore(backend, december2026);
    await store.getState().load();
    expect(store.getState().years).toEqual([
      { year: 2025, source: 'builtin' },
      { year: 2026, source: 'builtin' },
      { year: 2027, source: 'estimated' },
    ]);

    const saved = await store.getState().replaceYear({ year: 2027, entries: [{ start: '2027-01-01', end: '2027-01-03', kind: 'off', name: '元旦' }] });
    expect(saved.ok).toBe(true);
    expect(store.getState().years.at(-1)).toEqual({ year: 2027, source: 'entered' });
    expect(store.getState().busy).toBeNull();

    await store.getState().removeYear(2027);
    expect(store.getState().years.at(-1)).toEqual({ year: 2027, source: 'estimated' });
  });

  it('refuses a 班 on a weekday before sending it, on the entry', async () => {
    const { backend } = holidaysBackend();
    const store = createHolidaysStore(backend, december2026);
    const result = await store.getState().replaceYear({ year: 2027, entries: [{ start: '2027-02-12', end: '2027-02-12', kind: 'work', name: '春节' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]).toMatchObject({ path: ['entries', 0, 'start'], message: 'validation.holidays.workdayNotWeekend' });
  });

  it('follows a schedule imported elsewhere (the CLI) while the card is shown', async () => {
    const { backend, entered } = holidaysBackend();
    const store = createHolidaysStore(backend, december2026);
    onScreen(store);
    await store.getState().load();
    entered.add(2027);
    backend.emit({ domain: 'holidays', ids: ['entry-1'] });
    await settle();
    expect(store.getState().years.at(-1)).toEqual({ year: 2027, source: 'entered' });
  });
});
