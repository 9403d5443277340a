import type { ActivityFigures } from '../../contract/activities';
import { timeCostFen } from '../money/money';

// What an activity cost and brought (docs/ARCHITECTURE.md, issue 12, "ROI"). Pure: the service
// sums the rows in SQL and hands the sums here, so the list, the detail and the overview agree.

export interface ActivityFigureInputs {
  /** Σ unit × quantity of its live cost lines, and the part of it already paid. */
  budgetFen: number;
  paidFen: number;
  /** Logged minutes linked to the activity and what they cost (`peopleCostFen`). */
  minutes: number;
  peopleFen: number;
  revenueFen: number;
  newFollowers: number;
  valuePerFollowerFen: number;
  unfollows: number;
}

/**
 * People's time in fen from Σ(minutes × the member's hourly fen) over the log entries: members
 * differ in rate, so the products are summed exactly and `timeCostFen` rounds the total once.
 */
export function peopleCostFen(minutesTimesHourlyFen: number): number {
  return timeCostFen(minutesTimesHourlyFen, 1);
}

export function activityFigures(input: ActivityFigureInputs): ActivityFigures {
  const { peopleFen } = input;
  const costFen = input.budgetFen + peopleFen;
  const byFollowers = input.newFollowers * input.valuePerFollowerFen;
  const valueSource = input.revenueFen !== 0 ? 'revenue' : byFollowers !== 0 ? 'followers' : 'none';
  const valueFen = valueSource === 'revenue' ? input.revenueFen : byFollowers;
  return {
    budgetFen: input.budgetFen,
    paidFen: input.paidFen,
    minutes: input.minutes,
    peopleFen,
    costFen,
    valueFen,
    valueSource,
    // A refund can make the cost negative; a ratio over it would mean nothing.
    // No value entered yet (a planned activity) is no result, not a loss of 100%.
    roi: costFen > 0 && valueSource !== 'none' ? (valueFen - costFen) / costFen : null,
    costPerFollowerFen: input.newFollowers > 0 && costFen > 0 ? Math.round(costFen / input.newFollowers) : null,
    retention: input.newFollowers > 0 ? Math.max(0, input.newFollowers - input.unfollows) / input.newFollowers : null,
  };
}
