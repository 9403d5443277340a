import { addDays, weekdayOf } from '../dates';

// Chinese working weeks run Monday to Sunday (周一至周日); the timesheet shows one such week.

/** The Monday of the week `date` is in. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The seven days of the week starting `monday`, Monday first. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
