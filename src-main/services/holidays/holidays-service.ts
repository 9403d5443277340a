import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Ok } from '../../../src-shared/contract/common';
import type { HolidayEntry, HolidayYearSchedule } from '../../../src-shared/contract/holidays';
import { missingStatutoryIssues } from '../../../src-shared/domain/calendar/holiday-schedule';
import { holidayEntries } from '../../db/schema';
import { statutoryHolidays } from '../calendar/layers';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

// The workspace's own holiday schedules, a year at a time (a notice replaces the year's whole
// schedule). Writes notify `calendarLayers` too (table-registry.ts), so every calendar refreshes.

type HolidayEntryRow = typeof holidayEntries.$inferSelect;

function toEntry(row: HolidayEntryRow): HolidayEntry {
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, year: row.year, start: row.start, end: row.end, kind: row.kind === 'work' ? 'work' : 'off', name: row.name };
}

export function createHolidaysService(ctx: ServiceContext) {
  const liveOf = (year: number) => and(eq(holidayEntries.year, year), isNull(holidayEntries.deletedAt));
  const list = (year: number) => ctx.db.select().from(holidayEntries).where(liveOf(year)).orderBy(asc(holidayEntries.start), asc(holidayEntries.kind)).all();

  return {
    list({ year }: { year: number }): { entries: HolidayEntry[] } {
      return { entries: list(year).map(toEntry) };
    },
    years(): { years: number[] } {
      return {
        years: ctx.db
          .selectDistinct({ year: holidayEntries.year })
          .from(holidayEntries)
          .where(isNull(holidayEntries.deletedAt))
          .orderBy(desc(holidayEntries.year))
          .all()
          .map((r) => r.year),
      };
    },
    replaceYear({ year, entries, origin = 'entered' }: HolidayYearSchedule): { entries: HolidayEntry[] } {
      const missing = missingStatutoryIssues(entries, statutoryHolidays(year));
      if (missing.length > 0) {
        throw new AppError(
          'validation',
          missing[0]!.message,
          missing.map((i) => ({ path: ['entries', i.index, i.field], message: i.message, params: i.params })),
        );
      }
      ctx.repo.transaction(() => {
        for (const row of list(year)) ctx.repo.tombstone(holidayEntries, row.id);
        for (const entry of entries) ctx.repo.insert(holidayEntries, { ...entry, year, origin });
      });
      return { entries: list(year).map(toEntry) };
    },
    removeYear({ year }: { year: number }): Ok {
      ctx.repo.transaction(() => {
        for (const row of list(year)) ctx.repo.tombstone(holidayEntries, row.id);
      });
      return { ok: true };
    },
  };
}
