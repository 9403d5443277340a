import { Platform } from '../../../src-shared/contract/accounts';
import type { ItemStatus } from '../../../src-shared/contract/calendar';
import type { ImportField } from '../../../src-shared/contract/calendar-transfer';
import { NO_SLOT } from '../../../src-shared/domain/calendar/slots';
import { translate } from '../../../src-shared/i18n';
import type { NamedAccount } from '../workspace/workspace-names';

// The words calendar files use, from the shared translations, so that the export, the import and
// the screens call a status, a platform or a slot the same. Files are Chinese whatever the UI
// language: they go to Chinese colleagues, and the import reads these words back.

const FILE_LANGUAGE = 'zh-CN';

/** 选题, 撰写中 … */
export const statusLabel = (status: ItemStatus): string => translate(FILE_LANGUAGE, `calendar.status.${status}`);

/** 订阅号, 服务号 …; a platform this version does not know keeps its code. */
export const platformLabel = (platform: string): string => {
  const known = Platform.safeParse(platform);
  return known.success ? translate(FILE_LANGUAGE, `accounts.platform.${known.data}`) : platform;
};

/** 头条, 次条, 第3条 … (`第N条` for slot 'N'); nothing for an item without a slot (Weibo, 视频号 …). */
export function slotLabel(slot: number | 'N'): string {
  if (slot === NO_SLOT) return '';
  if (slot === 1) return translate(FILE_LANGUAGE, 'calendar.slot.first');
  if (slot === 2) return translate(FILE_LANGUAGE, 'calendar.slot.second');
  return translate(FILE_LANGUAGE, 'calendar.slot.nth', { slot });
}

/** 账号, 日期 …: a column's header, as the import dialog names the field. */
export const fieldLabel = (field: ImportField): string => translate(FILE_LANGUAGE, `calendarTransfer.fields.${field}`);

/** 休/班: the header of the column that marks days off and make-up workdays. */
export const dayMarkHeader = (): string => translate(FILE_LANGUAGE, 'calendarTransfer.dayMark');

/** 休（春节）, 班（国庆节）, 休（春节，预计） for a day of the holiday layer. */
export function dayMarkLabel(day: { kind: 'holiday' | 'workday'; name: string; estimated?: boolean }): string {
  const mark = translate(FILE_LANGUAGE, day.kind === 'holiday' ? 'calendar.mark.holiday' : 'calendar.mark.workday');
  const estimated = day.estimated ? `，${translate(FILE_LANGUAGE, 'calendar.mark.estimated')}` : '';
  return `${mark}（${day.name}${estimated}）`;
}

/**
 * How a file names an account: its name, or `name（服务号）` when another account has the same
 * name (the demo's 悦汇·上海购物中心 is a 服务号 and a 视频号), so an export reads back.
 */
export function accountLabels(accounts: readonly NamedAccount[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of accounts) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  return new Map(accounts.map((a) => [a.id, count.get(a.name)! > 1 ? `${a.name}（${platformLabel(a.platform)}）` : a.name]));
}
