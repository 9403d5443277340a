// Where an article lands in its push (头条 = slot 1, 次条 = 2 …). One rule for the form, moves,
// copies and cadence placeholders, so the UI and the back end never disagree.

/** A WeChat push holds at most 8 articles. */
export const MAX_SLOT = 8;

/** The slot of an item on a platform without pushes (Weibo, 视频号, 小红书, 社群 …): they plan by time. */
export const NO_SLOT = 0;

/** Whether a platform posts in pushes of numbered articles (头条, 次条 …): WeChat's official accounts only. */
export function hasPushSlots(platform: string): boolean {
  return platform === 'wechat_subscription' || platform === 'wechat_service';
}

/** The lowest slot not in `taken` (a push has no gaps); on a full push the last, which the push rules then flag. */
export function firstFreeSlot(taken: Iterable<number>): number {
  const held = new Set(taken);
  for (let slot = 1; slot <= MAX_SLOT; slot++) if (!held.has(slot)) return slot;
  return MAX_SLOT;
}

/** The slot an item arriving in a push takes: its own when free, else (or when it has none: it comes from another platform) the push's first free slot. */
export function arrivalSlot(wanted: number, taken: Iterable<number>): number {
  const held = new Set(taken);
  return wanted === NO_SLOT || held.has(wanted) ? firstFreeSlot(held) : wanted;
}

/**
 * The slot an item keeps on an account of `platform`, whatever the caller sent: NO_SLOT off
 * WeChat; on WeChat the slot asked for, or, when it has none (it comes from a platform without
 * pushes), the first one its push leaves free. `taken` (the push's other slots) is read only then.
 */
export function slotOnPlatform(platform: string, wanted: number, taken: () => Iterable<number>): number {
  if (!hasPushSlots(platform)) return NO_SLOT;
  return wanted === NO_SLOT ? firstFreeSlot(taken()) : wanted;
}
