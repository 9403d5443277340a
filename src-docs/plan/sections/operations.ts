import type { DocBlock } from '../../../src-shared/contract/doc-model';
import type { CalendarLayerKind } from '../../../src-shared/contract/calendar-layers';
import type { Cadence } from '../../../src-shared/domain/columns/cadence';
import { cadenceText } from '../../../src-shared/domain/columns/cadence-text';
import type { MessageKey } from '../../../src-shared/i18n';
import type { Words } from '../../words';
import { noData, paragraph, row, table } from '../blocks';
import { costBlocks, helpBlocks, type PlanCosts, type PlanDepartmentHelp } from './operations-costs';

export type { PlanCostLine, PlanCosts } from './operations-costs';

// Section 5, 账号运营规划: per own account its columns and custom menu, the period's calendar per
// month, how it is promoted, the dates to prepare for, the cost list and the help it needs.

/** A month's table lists at most this many items and says how many more there are, so a busy month stays readable. */
export const CALENDAR_ITEMS_A_MONTH = 12;

export interface PlanAccountPlan {
  name: string;
  /** A platform key (accounts.platform.*). */
  platform: string;
  columns: { name: string; cadence: Cadence; purpose: string; owner: string }[];
  /** 自定义菜单: top items in order, with their sub-items. */
  menu: { name: string; subItems: string[] }[];
}

export interface PlanCalendarMonth {
  /** 'YYYY-MM'. */
  month: string;
  /** The first CALENDAR_ITEMS_A_MONTH items by date and slot. */
  items: { date: string; account: string; column: string; title: string; status: string }[];
  /** Every item of the month, the listed ones included. */
  total: number;
}

export interface PlanKeyDate {
  start: string;
  /** The last day of a run of days (a holiday's 休 days); = start for one day. */
  end: string;
  /** A calendar layer, or 'keyDate' for the workspace's own dates. */
  kind: Exclude<CalendarLayerKind, 'workday'> | 'keyDate';
  name: string;
  nameEn: string;
}

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/operations.ts. */
export interface OperationsFacts {
  /** The largest accounts (at most ten); `accountsMore` others are only counted. */
  accounts: PlanAccountPlan[];
  accountsMore: number;
  /** The period's months in order, each with the items dated in it (cancelled ones left out). */
  calendar: PlanCalendarMonth[];
  /** How many of the period's activities use each reach channel, most used first. */
  promotion: { channel: string; activities: number }[];
  /** How many activities run in the period. */
  activities: number;
  keyDates: PlanKeyDate[];
  costs: PlanCosts;
  help: PlanDepartmentHelp[];
}

const OFFICIAL_ACCOUNTS = ['wechat_subscription', 'wechat_service'];

const heading = (key: MessageKey, words: Words): DocBlock => ({ kind: 'heading', level: 2, text: words(key) });

function accountBlocks(account: PlanAccountPlan, words: Words): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'heading', level: 3, text: words('planDocOps.operations.account', { name: account.name, platform: words(`accounts.platform.${account.platform}` as MessageKey) }) }];
  const col = (key: 'name' | 'cadence' | 'purpose' | 'owner', width: number) => ({ title: words(`planDocOps.operations.columns.${key}`), width });
  blocks.push(
    account.columns.length === 0
      ? paragraph(words('planDocOps.operations.noColumns'), 'note')
      : table(
          [col('name', 2), col('cadence', 2), col('purpose', 4), col('owner', 1.5)],
          account.columns.map((c) => row([c.name, cadenceText(c.cadence, words), c.purpose || '—', c.owner || '—'])),
        ),
  );
  // Only official accounts (订阅号/服务号) have a custom menu: others say nothing about it.
  if (account.menu.length === 0) return OFFICIAL_ACCOUNTS.includes(account.platform) ? [...blocks, paragraph(words('planDocOps.operations.menu.none'), 'note')] : blocks;
  blocks.push(
    table(
      [
        { title: words('planDocOps.operations.menu.top'), width: 2 },
        { title: words('planDocOps.operations.menu.sub'), width: 6 },
      ],
      account.menu.map((item) => row([item.name, item.subItems.join(words('cadence.separator')) || '—'])),
    ),
  );
  return blocks;
}

function calendarBlocks(months: readonly PlanCalendarMonth[], words: Words): DocBlock[] {
  const count = months.reduce((n, m) => n + m.total, 0);
  const blocks = [heading('planDocOps.operations.calendarTitle', words)];
  if (count === 0) return [...blocks, paragraph(words('planDocOps.operations.calendarNone'), 'note')];
  blocks.push(paragraph(words('planDocOps.operations.calendarIntro', { count })));
  const col = (key: 'date' | 'account' | 'column' | 'title' | 'status', width: number) => ({ title: words(`planDocOps.operations.calendarColumns.${key}`), width });
  for (const month of months) {
    if (month.total === 0) continue;
    const label = words('planDocOps.operations.calendarMonth', { year: month.month.slice(0, 4), month: Number(month.month.slice(5, 7)), count: month.total });
    blocks.push({ kind: 'heading', level: 3, text: label });
    const rows = month.items.map((item) => row([item.date.slice(5), item.account, item.column || '—', item.title, words(`calendar.status.${item.status}` as MessageKey)]));
    blocks.push(table([col('date', 1.3), col('account', 2), col('column', 2), col('title', 5), col('status', 1.4)], rows));
    if (month.total > month.items.length) blocks.push(paragraph(words('planDocOps.operations.calendarMore', { count: month.total - month.items.length }), 'note'));
  }
  return blocks;
}

function promotionBlocks(facts: OperationsFacts, words: Words): DocBlock[] {
  const blocks = [heading('planDocOps.operations.promotionTitle', words)];
  if (facts.promotion.length === 0) return [...blocks, paragraph(words('planDocOps.operations.promotionNone'), 'note')];
  return [
    ...blocks,
    paragraph(words('planDocOps.operations.promotionIntro', { count: facts.activities })),
    { kind: 'list', ordered: false, items: facts.promotion.map(({ channel, activities }) => [{ text: words('planDocOps.operations.promotionItem', { channel, count: activities }) }]) },
  ];
}

function keyDateBlocks(dates: readonly PlanKeyDate[], words: Words): DocBlock[] {
  const blocks = [heading('planDocOps.operations.datesTitle', words)];
  if (dates.length === 0) return [...blocks, paragraph(words('planDocOps.operations.datesNone'), 'note')];
  const col = (key: 'date' | 'name' | 'kind', width: number) => ({ title: words(`planDocOps.operations.datesColumns.${key}`), width });
  const rows = dates.map((d) =>
    row([
      d.start === d.end ? d.start : words('planDocOps.operations.dateRange', { start: d.start, end: d.end.slice(5) }),
      words('planDocOps.operations.dateNameField') === 'nameEn' ? d.nameEn : d.name,
      words(`calendar.layers.${d.kind}`),
    ]),
  );
  return [...blocks, paragraph(words('planDocOps.operations.datesIntro')), table([col('date', 2.5), col('name', 4), col('kind', 2)], rows)];
}

export function operationsBlocks(facts: OperationsFacts, words: Words): DocBlock[] {
  const blocks = [heading('planDocOps.operations.columnsTitle', words)];
  if (facts.accounts.length === 0) blocks.push(noData(words), paragraph(words('planDocOps.operations.noAccounts'), 'note'));
  for (const account of facts.accounts) blocks.push(...accountBlocks(account, words));
  if (facts.accountsMore > 0) blocks.push(paragraph(words('planDocOps.operations.accountsMore', { count: facts.accountsMore }), 'note'));
  return [...blocks, ...calendarBlocks(facts.calendar, words), ...promotionBlocks(facts, words), ...keyDateBlocks(facts.keyDates, words), ...costBlocks(facts.costs, words), ...helpBlocks(facts.help, words)];
}
