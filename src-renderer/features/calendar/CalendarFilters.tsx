import { Select } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { ItemStatus } from '../../../src-shared/contract/calendar';
import type { Column } from '../../../src-shared/contract/columns';
import type { Member } from '../../../src-shared/contract/team';
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
  toggles: ReadonlySet<Toggle>;
  onToggle: (toggle: Toggle, on: boolean) => void;
  onChange: (patch: Partial<CalendarRoute>) => void;
}

const SELECT = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, optionFilterProp: 'title', size: 'small' as const };

/** The filters (kept in the URL), and behind 显示 the colour mode and the layer toggles. */
export const CalendarFilters = memo(function CalendarFilters({ route, accounts, badges, columns, members, tags, toggles, onToggle, onChange }: Props) {
  const { t } = useTranslation();
  const accountName = (id: string) => badges.get(id)?.name ?? '';
  return (
    <div className="cal-filters">
      <Select
        {...SELECT}
        data-testid="calendar-account-filter"
        style={{ width: 190 }}
        placeholder={t('calendar.allAccounts')}
        value={route.accounts}
        onChange={(accounts: string[]) => onChange({ accounts })}
        // Two accounts may share a name (a 服务号 and a 视频号 of one mall): the platform tells them apart.
        options={accounts.map((a) => ({
          value: a.id,
          title: `${a.name} ${t(`accounts.platform.${a.platform}`)}`,
          label: (
            <span>
              <span style={{ display: 'inline-block', width: 7, height: 7, borderRadius: '50%', marginRight: 6, background: badges.get(a.id)?.color }} />
              {a.name}
              <span style={{ color: '#8c8c8c', marginLeft: 4, fontSize: 12 }}>{t(`accounts.platform.${a.platform}`)}</span>
            </span>
          ),
        }))}
      />
      <Select
        {...SELECT}
        data-testid="calendar-column-filter"
        style={{ width: 150 }}
        placeholder={t('calendar.filter.columns')}
        value={route.columns}
        onChange={(columns: string[]) => onChange({ columns })}
        // Columns of different accounts may share a name: the account tells them apart.
        options={columns.map((c) => ({
          value: c.id,
          title: `${c.name} ${accountName(c.accountId)}`,
          label: (
            <span>
              {c.name}
              <span style={{ color: '#8c8c8c', marginLeft: 4, fontSize: 12 }}>{accountName(c.accountId)}</span>
            </span>
          ),
        }))}
      />
      <Select
        {...SELECT}
        data-testid="calendar-status-filter"
        style={{ width: 140 }}
        placeholder={t('calendar.filter.statuses')}
        value={route.statuses}
        onChange={(statuses: ItemStatus[]) => onChange({ statuses })}
        options={ItemStatus.options.map((s) => ({ value: s, title: t(`calendar.status.${s}`), label: t(`calendar.status.${s}`) }))}
      />
      <Select
        {...SELECT}
        data-testid="calendar-owner-filter"
        style={{ width: 130 }}
        placeholder={t('calendar.filter.owners')}
        value={route.owners}
        onChange={(owners: string[]) => onChange({ owners })}
        options={members.map((m) => ({ value: m.id, title: m.name, label: m.name }))}
      />
      <Select
        {...SELECT}
        data-testid="calendar-tag-filter"
        style={{ width: 130 }}
        placeholder={t('calendar.filter.tags')}
        value={route.tags}
        onChange={(tagList: string[]) => onChange({ tags: tagList })}
        options={tags.map((tag) => ({ value: tag, title: tag, label: tag }))}
      />
      <DisplayOptions colorBy={route.colorBy} onColorBy={(colorBy) => onChange({ colorBy })} toggles={toggles} onToggle={onToggle} />
    </div>
  );
}, sameFilters);

/** The filters re-render when what they show changes, not when the route's date or view does. */
function sameFilters(a: Props, b: Props): boolean {
  const filtersOf = ({ route }: Props) => JSON.stringify([route.accounts, route.columns, route.statuses, route.owners, route.tags, route.colorBy]);
  const { route: _a, ...restA } = a;
  const { route: _b, ...restB } = b;
  return filtersOf(a) === filtersOf(b) && (Object.keys(restA) as Array<keyof typeof restA>).every((key) => restA[key] === restB[key]);
}
