import type { ActivitySpan } from '../../../src-shared/contract/activities';
import { ACTIVITY_PHASES } from '../../../src-shared/contract/activities';
import { weekdayOf } from '../../../src-shared/domain/dates';

// Activities' phases as bars across the days of the calendar. Each span keeps one lane (row) over
// all its days, so a bar runs straight through a week; a day shows the first `MAX_LANES` lanes and
// counts the rest as "+N".

/** The lanes a day shows; more make "+N" (a month cell at 1366×768 keeps room for its items). */
export const MAX_LANES = 2;

/** One day's piece of a span. */
export interface SpanPiece {
  span: ActivitySpan;
  /** The span starts or ends this day (rounded ends). */
  first: boolean;
  last: boolean;
  /** The label is written on the first day and again at the start of each week row. */
  labelled: boolean;
}

export interface DaySpans {
  /** Lanes 0…MAX_LANES−1: a piece, or null where that lane is free this day (keeps the bars aligned). */
  lanes: Array<SpanPiece | null>;
  /** Every span of the day in lane order, the hidden ones included (the "+N" list). */
  all: ActivitySpan[];
  hidden: number;
}

/** Whether a span shows under the calendar's account filter: one of its accounts is picked, or it has none. */
export function spanInFilter(span: ActivitySpan, accountIds: readonly string[]): boolean {
  return accountIds.length === 0 || span.accountIds.length === 0 || span.accountIds.some((id) => accountIds.includes(id));
}

const byStart = (a: ActivitySpan, b: ActivitySpan) =>
  a.startDate.localeCompare(b.startDate) || b.endDate.localeCompare(a.endDate) || a.activityId.localeCompare(b.activityId) || ACTIVITY_PHASES.indexOf(a.phase) - ACTIVITY_PHASES.indexOf(b.phase);

/** Lanes by greedy interval colouring: each span takes the lowest lane free from its first day (an activity's next phase follows it in its lane). */
function laneOf(spans: readonly ActivitySpan[]): Map<ActivitySpan, number> {
  const lanes = new Map<ActivitySpan, number>();
  const laneEnds: string[] = [];
  for (const span of [...spans].sort(byStart)) {
    let lane = laneEnds.findIndex((end) => end < span.startDate);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = span.endDate;
    lanes.set(span, lane);
  }
  return lanes;
}

/** What each of `days` shows (days without spans are left out). */
export function spansByDay(spans: readonly ActivitySpan[], days: readonly string[]): Map<string, DaySpans> {
  const lanes = laneOf(spans);
  const byLane = [...lanes].sort((a, b) => a[1] - b[1]);
  const shown = new Map<string, DaySpans>();
  days.forEach((date, index) => {
    const today = byLane.filter(([span]) => span.startDate <= date && span.endDate >= date);
    if (today.length === 0) return;
    const pieces: Array<SpanPiece | null> = Array.from({ length: MAX_LANES }, () => null);
    for (const [span, lane] of today) {
      if (lane >= MAX_LANES) continue;
      pieces[lane] = { span, first: span.startDate === date, last: span.endDate === date, labelled: span.startDate === date || index === 0 || weekdayOf(date) === 1 };
    }
    // Trailing free lanes take no room.
    while (pieces.length > 0 && pieces[pieces.length - 1] === null) pieces.pop();
    shown.set(date, { lanes: pieces, all: today.map(([span]) => span), hidden: today.filter(([, lane]) => lane >= MAX_LANES).length });
  });
  return shown;
}
