import type { Platform } from '../../../../src-shared/contract/accounts';
import type { ItemStatus } from '../../../../src-shared/contract/calendar';
import type { NamedAccount } from '../../workspace/workspace-names';

// The words calendar files use, shared by export and import so that what one writes the other
// reads back. Files are Chinese whatever the UI language: they go to Chinese colleagues.

export const STATUS_LABELS: Record<ItemStatus, string> = {
  topic: '选题',
  writing: '撰写中',
  review: '待审核',
  approved: '已定稿',
  scheduled: '已排期',
  published: '已发布',
  cancelled: '已取消',
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  wechat_subscription: '订阅号',
  wechat_service: '服务号',
  weibo: '微博',
  channels: '视频号',
  douyin: '抖音',
  xiaohongshu: '小红书',
  wecom_group: '企业微信社群',
};

/** 头条, 次条, 第3条 … */
export function slotLabel(slot: number): string {
  if (slot === 1) return '头条';
  if (slot === 2) return '次条';
  return `第${slot}条`;
}

/**
 * How a file names an account: its name, or `name（服务号）` when another account has the same
 * name (the demo's 悦汇·上海购物中心 is a 服务号 and a 视频号), so an export reads back.
 */
export function accountLabels(accounts: readonly NamedAccount[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of accounts) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  return new Map(accounts.map((a) => [a.id, count.get(a.name)! > 1 ? `${a.name}（${PLATFORM_LABELS[a.platform as Platform] ?? a.platform}）` : a.name]));
}
