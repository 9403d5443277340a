import { articleTransfer } from './article';
import { benchmarksTransfer } from './benchmarks';
import { benchmarksExport } from './benchmarks-export';
import { calendarTransfer } from './calendar';
import { costsExport } from './costs-export';
import { holidaysTransfer } from './holidays';
import { planExport } from './plan-export';
import { worklogTransfer } from './worklog';
import type { Direction, Transfer, TransferHandler } from './transfer';

// `opsbench import|export <what>`: each <what> registers its handlers here, and the command,
// its usage errors and its help follow from this table.

export const TRANSFERS: Readonly<Record<string, Transfer>> = {
  calendar: calendarTransfer,
  holidays: holidaysTransfer,
  article: articleTransfer,
  benchmarks: { ...benchmarksTransfer, export: benchmarksExport },
  costs: { export: costsExport },
  worklog: worklogTransfer,
  plan: { export: planExport },
};

/** The <what>s that can be imported (or exported), in the table's order. */
export function transferWhats(direction: Direction): string[] {
  return Object.keys(TRANSFERS).filter((what) => TRANSFERS[what]![direction]);
}

export function transferHandler(direction: Direction, what: string): TransferHandler | undefined {
  return Object.hasOwn(TRANSFERS, what) ? TRANSFERS[what]![direction] : undefined;
}
