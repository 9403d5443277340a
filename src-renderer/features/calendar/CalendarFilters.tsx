import { Button, Select } from 'antd';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { ItemStatus } from '../../../src-shared/contract/calendar';
import type { Column } from '../../../src-shared/contract/columns';
import type { Member } from '../../../src-shared/contract/team';
import { AccountLabel, accountOptions, accountText } from '../../components/AccountLabel';
import { CalendarLegend } from './CalendarLegend';
import type { CalendarRoute } from './route';
import type { AccountBadge } from './calendar-types';
import { DisplayOptions, type Toggle } from './DisplayOptions';

export type { Toggle } from './DisplayOptions';

interface Props {
  route: CalendarRoute;
  accounts: Account[];
  badges: Map<string, AccountBadge>;
  columns: Column[];
  members: Member[];
  /** Tags to offer: those of the items in range and those filtered on. */
  tags: string[];
  /** How many items match the filters in the period on screen. */
  count: number;
  toggles: ReadonlySet<Toggle>;
  onToggle: (toggle: Toggle, on: boolean) => void;
  onChange: (patch: Partial<CalendarRoute>) => void;
}

type FilterKey = 'accounts' | 'columns' | 'statuses' | 'owners' | 'tags';
const FILTERS: FilterKey[] = ['accounts', 'columns', 'statuses', 'owners', 'tags'];
const TEST_IDS: Record<FilterKey, string> = { accounts: 'account', columns: 'column', statuses: 'status', owners: 'owner', tags: 'tag' };
const NO_FILTERS: Pick<CalendarRoute, FilterKey> = { accounts: [], columns: [], statuses: [], owners: [], tags: [] };
/** Names shown in a filter's summary before 「+N」. */
const NAMED = 2;

// The chosen values read as one summary (「状态：撰写中、待审核 +1」), never as antd's 「+ 2 …」.
const SELECT = { mode: 'multiple' as const, allowClear: true, maxTagCount: 0, optionFilterProp: 'title', size: 'small' as const, popupMatchSelectWidth: false, className: 'cal-filter' };

/** 「状态：撰写中、待审核 +1」: what a filter holds, readable in its box. */
function summary(t: TFunction, key: FilterKey, names: string[]) {
  const values = names.slice(0, NAMED).join(t('calendar.listSeparator')) + (names.length > NAMED ? t('calendar.grid.filters.more', { count: names.length - NAMED }) : '');
  const text = t('calendar.grid.filters.summary', { label: t(`calendar.grid.filters.label.${key}`), values });
  return (
    <span data-testid={`calendar-filter-summary-${key}`} title={names.join(t('calendar.listSeparator'))}>
      {text}
    </span>
  );
}

/** Options for ids in the URL that are no longer there (a stale link): named, so they can be taken out. */
function missing(selected: string[], known: (id: string) => boolean, label: string) {
  return selected.filter((id) => !known(id)).map((id) => ({ value: id, title: label, label: <span className="account-label--missing">{label}</span> }));
}

/** The filters (kept in the URL), how many items match, and behind 显示 the colour mode and the layer toggles, with the legend. */
export const CalendarFilters = memo(function CalendarFilters({ route, accounts, badges, columns, members, tags, count, toggles, onToggle, onChange }: Props) {
  const { t } = useTranslation();
  const columnById = new Map(columns.map((c) => [c.id, c]));
  const memberById = new Map(members.map((m) => [m.id, m]));
  const deletedAccount = t('accounts.accountLabel.deleted');
  // Columns arrive with the calendar's first load: until then an id is not yet known, not deleted.
  const deletedColumn = columns.length ? t('calendar.grid.filters.deletedColumn') : '…';
  const deletedOwner = t('calendar.grid.filters.deletedOwner');
  const names: Record<FilterKey, (id: string) => string> = {
    accounts: (id) => {
      const account = accounts.find((a) => a.id === id);
      return account ? accountText(t, account) : deletedAccount;
    },
    columns: (id) => columnById.get(id)?.name ?? deletedColumn,
    statuses: (status) => t(`calendar.status.${status as ItemStatus}`),
    owners: (id) => memberById.get(id)?.name ?? deletedOwner,
    tags: (tag) => tag,
  };
  const select = (key: FilterKey) => ({
    ...SELECT,
    'data-testid': `calendar-${TEST_IDS[key]}-filter`,
    value: route[key],
    onChange: (values: string[]) => onChange({ [key]: values }),
    maxTagPlaceholder: () => summary(t, key, route[key].map(names[key])),
  });
  const active = FILTERS.some((key) => route[key].length > 0);
  return (
    <div className="cal-filters">
      <Select
        {...select('accounts')}
        placeholder={t('calendar.allAccounts')}
        // Two accounts may share a name (a 服务号 and a 视频号 of one mall): the platform tells them apart.
        options={[...accountOptions(accounts, t, (index) => badges.get(accounts[index]!.id)?.color ?? ''), ...missing(route.accounts, (id) => badges.has(id), deletedAccount)]}
      />
      <Select
        {...select('columns')}
        placeholder={t('calendar.filter.columns')}
        // Columns of different accounts may share a name: the account tells them apart.
        options={[
          ...columns.map((c) => {
            const account = badges.get(c.accountId);
            return {
              value: c.id,
              title: `${c.name} ${account ? accountText(t, account) : ''}`,
              label: (
                <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                  {c.name}
                  {account && <AccountLabel name={account.name} platform={account.platform} color={account.color} />}
                </span>
              ),
            };
          }),
          ...missing(route.columns, (id) => columnById.has(id), deletedColumn),
        ]}
      />
      <Select {...select('statuses')} placeholder={t('calendar.filter.statuses')} options={ItemStatus.options.map((s) => ({ value: s, title: t(`calendar.status.${s}`), label: t(`calendar.status.${s}`) }))} />
      <Select
        {...select('owners')}
        placeholder={t('calendar.filter.owners')}
        options={[...members.map((m) => ({ value: m.id, title: m.name, label: m.name })), ...missing(route.owners, (id) => memberById.has(id), deletedOwner)]}
      />
      <Select {...select('tags')} placeholder={t('calendar.filter.tags')} options={tags.map((tag) => ({ value: tag, title: tag, label: tag }))} />
      <span data-testid="calendar-filter-count" className="cal-filter-count" title={t('calendar.grid.filters.countHint')}>
        {t('calendar.grid.filters.count', { count })}
      </span>
      {/* Kept in place while hidden, so the row does not shift when a filter is chosen. */}
      <Button
        size="small"
        type="link"
        data-testid="calendar-filter-clear"
        aria-hidden={!active}
        tabIndex={active ? undefined : -1}
        onClick={() => onChange(NO_FILTERS)}
        style={{ padding: 0, visibility: active ? 'visible' : 'hidden' }}
      >
        {t('calendar.grid.filters.clear')}
      </Button>
      <DisplayOptions colorBy={route.colorBy} onColorBy={(colorBy) => onChange({ colorBy })} toggles={toggles} onToggle={onToggle} />
      <CalendarLegend accounts={accounts} badges={badges} colorBy={route.colorBy} />
    </div>
  );
}, sameFilters);

/** The filters re-render when what they show changes, not when the route's date or view does. */
function sameFilters(a: Props, b: Props): boolean {
  const filtersOf = ({ route }: Props) => JSON.stringify([...FILTERS.map((key) => route[key]), route.colorBy]);
  const { route: _a, ...restA } = a;
  const { route: _b, ...restB } = b;
  return filtersOf(a) === filtersOf(b) && (Object.keys(restA) as Array<keyof typeof restA>).every((key) => restA[key] === restB[key]);
}
