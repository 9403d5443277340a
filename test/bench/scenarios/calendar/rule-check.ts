import { checkPushRules, type AccountKind, type PlanItem } from '../../../../src-shared/domain/calendar/push-rules';
import { addDays } from '../../../../src-shared/domain/dates';
import { summarize, type ScenarioResult } from '../../stats';

const ACCOUNTS = 50;
const YEARS = 5;
const RUNS = 20;

/** A deterministic generator (mulberry32), so every run checks the same plan. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 5 years × 50 accounts, about one item a day each (~90,000 items) as the large demo plans them:
 * subscription accounts push most days, sometimes with a 次条; service accounts push four times a month with
 * a few articles; a few days break the rules (a second 头条, a gap, a 5th service push).
 */
export function largePlan(): { items: PlanItem[]; accounts: AccountKind[] } {
  const rand = random(42);
  const accounts: AccountKind[] = Array.from({ length: ACCOUNTS }, (_, i) => ({ id: `acct-${i}`, platform: i % 5 === 4 ? 'wechat_service' : 'wechat_subscription' }));
  const items: PlanItem[] = [];
  const days = YEARS * 365;
  let n = 0;
  const add = (accountId: string, date: string, slot: number) => items.push({ id: `item-${n++}`, accountId, date, slot, status: rand() < 0.05 ? 'cancelled' : 'scheduled' });
  for (const account of accounts) {
    for (let d = 0; d < days; d++) {
      const date = addDays('2024-01-01', d);
      if (account.platform === 'wechat_service') {
        if (!['01', '08', '15', '22'].includes(date.slice(8)) && rand() > 0.002) continue; // 4 a month, plus the odd 5th push
        const articles = 1 + Math.floor(rand() * 4);
        for (let slot = 1; slot <= articles; slot++) add(account.id, date, slot);
        continue;
      }
      if (rand() < 0.02) continue; // no push that day
      add(account.id, date, 1);
      if (rand() < 0.15) add(account.id, date, 2);
      if (rand() < 0.002) add(account.id, date, 1); // a second push: a violation
      if (rand() < 0.002) add(account.id, date, 4); // a gap
    }
  }
  return { items, accounts };
}

/** The live rule check over the large plan (issue 3's budget: ≤ 50 ms). */
export async function ruleCheck(): Promise<ScenarioResult> {
  const { items, accounts } = largePlan();
  const samples: number[] = [];
  let problems = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const start = performance.now();
    problems = checkPushRules(items, accounts).length;
    const elapsed = performance.now() - start;
    if (i >= 3) samples.push(elapsed); // the first runs warm up the JIT
  }
  if (problems === 0) throw new Error('the generated plan should contain a few violations');
  return { name: `push-rule check over ${items.length.toLocaleString('en')} items (${problems} problems)`, unit: 'ms', summary: summarize(samples), budget: 50, kind: 'max' };
}
