import { monthlyPushLimit } from '../calendar/push-rules';

// An account's update frequency (更新频率) promises a number of pushes; its platform may allow
// fewer (DOMAIN.md: a 服务号 pushes at most 4 times a calendar month). A frequency that always
// exceeds the platform's limit is refused; one that exceeds it in some months (每周: 4 or 5) is
// allowed, and the problems panel flags the extra push of such a month.

/** The fewest pushes a month each update frequency means (a month holds at least 4 whole weeks). */
const LEAST_PUSHES_PER_MONTH = { daily: 28, several_weekly: 8, weekly: 4, biweekly: 2, monthly: 1, irregular: 0 } as const;

export type Frequency = keyof typeof LEAST_PUSHES_PER_MONTH;

/** The frequencies in order, most frequent first: the contract's enum. */
export const FREQUENCIES = Object.keys(LEAST_PUSHES_PER_MONTH) as [Frequency, ...Frequency[]];

/** The platform's monthly push limit when `frequency` always exceeds it (a 服务号 set to 每日 or 每周多次), else undefined. */
export function frequencyOverLimit(platform: string, frequency: Frequency): number | undefined {
  const max = monthlyPushLimit(platform);
  return max !== undefined && LEAST_PUSHES_PER_MONTH[frequency] > max ? max : undefined;
}
