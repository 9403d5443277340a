import { createHash } from 'node:crypto';
import type { PeriodKind } from '../../../src-shared/domain/benchmarks/periods';

// The deterministic ids of benchmarks' records (ARCHITECTURE "Benchmarks"): each comes from what
// the record is about (an article, a period of an account, a day, a peer's name), so the same fact
// read from two files, on two devices, or by the demo lands on one row. The one place they are made.

const sha40 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 40);

/** `snap:<account>:<week|month>:<start>`: one row per account and period, whichever device or file wrote it. */
export function snapshotId(accountId: string, kind: PeriodKind, start: string): string {
  return `snap:${accountId}:${kind}:${start}`;
}

/** `post:` + the first 40 hex of sha256(account|YYYY-MM-DD|position|title): the same article read twice is one row. */
export function postId(accountId: string, publishedAt: string, position: number, title: string): string {
  return `post:${sha40(`${accountId}|${publishedAt.slice(0, 10)}|${position}|${title}`)}`;
}

/** `fday:<account>:<YYYY-MM-DD>`: one follower row per account and day. */
export function followerDayId(accountId: string, date: string): string {
  return `fday:${accountId}:${date}`;
}

/**
 * `peer:` + the first 40 hex of sha256 of the peer's normalised name (the import's name key): a
 * peer an import creates gets the same id on every device, so two imports of one file sync to one peer.
 */
export function importedPeerId(nameKey: string): string {
  return `peer:${sha40(nameKey)}`;
}
