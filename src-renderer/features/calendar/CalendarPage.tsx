import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import { errorText } from '../../lib/field-errors';
import { navigate, type CalendarRoute } from '../../lib/router';
import { useShortcut } from '../../lib/use-shortcut';
import { useAccounts } from '../accounts/store';
import { useTeam } from '../team/store';
import { accountColor } from './calendar-colors';
import { LAYER_TOGGLES, toggleOf, type AccountBadge, type LayerToggle } from './calendar-types';
import { ItemFormDrawer } from './ItemFormDrawer';
import { addMonths, monthDays, monthTitleKey, todayIso } from './month';
import { MonthGrid } from './MonthGrid';
import { ProblemsPanel } from './ProblemsPanel';
import { calendarStore, useCalendar } from './store';

type Editing = { item: CalendarItem | null; date: string } | null;

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

export function CalendarPage({ route }: { route: CalendarRoute }) {
  const { t } = useTranslation();
  const today = todayIso();
  const date = route.date || today;
  const month = monthTitleKey(date);
  const days = useMemo(() => monthDays(date), [date]);
  const from = days[0]!;
  const to = days[days.length - 1]!;
  const accountFilter = route.accounts;
  const filterKey = accountFilter.join(',');

  const accounts = useAccounts((s) => s.rows);
  const members = useTeam((s) => s.rows);
  const items = useCalendar((s) => s.items);
  const layers = useCalendar((s) => s.layers);
  const allProblems = useCalendar((s) => s.problems);
  // The grid shows edges of the months around; the panel lists the month's own problems.
  const problems = useMemo(() => allProblems.filter((p) => p.date.startsWith(month)), [allProblems, month]);
  const error = useCalendar((s) => s.error);
  const [toggles, setToggles] = useState<Set<LayerToggle>>(() => new Set(LAYER_TOGGLES));
  const [editing, setEditing] = useState<Editing>(null);

  useEffect(() => {
    void calendarStore().getState().load({ from, to, accountIds: filterKey ? filterKey.split(',') : [] });
  }, [from, to, filterKey]);

  const badges = useMemo(() => {
    const map = new Map<string, AccountBadge>();
    accounts.forEach((a, i) => map.set(a.id, { name: a.name, color: accountColor(i) }));
    return map;
  }, [accounts]);
  const order = useMemo(() => new Map(accounts.map((a, i) => [a.id, i])), [accounts]);
  const itemsByDay = useMemo(() => {
    const sorted = [...items].sort((a, b) => (order.get(a.accountId) ?? 99) - (order.get(b.accountId) ?? 99) || a.slot - b.slot);
    return groupBy(sorted, (i) => i.date);
  }, [items, order]);
  const layersByDay = useMemo(() => groupBy<CalendarLayerDay>(layers.filter((l) => toggles.has(toggleOf(l.kind))), (l) => l.date), [layers, toggles]);

  const go = (patch: Partial<CalendarRoute>) => navigate({ ...route, ...patch });
  const goMonth = (delta: number) => go({ date: addMonths(date, delta) });
  const goToday = () => go({ date: '' });
  const create = (day: string) => setEditing({ item: null, date: day });

  useShortcut('[', () => goMonth(-1));
  useShortcut(']', () => goMonth(1));
  useShortcut('t', goToday);
  useShortcut('n', () => create(today));

  const toggle = (layer: LayerToggle, on: boolean) =>
    setToggles((before) => {
      const next = new Set(before);
      if (on) next.add(layer);
      else next.delete(layer);
      return next;
    });

  return (
    <div data-testid="calendar-page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
        <Space.Compact>
          <Tooltip title={t('calendar.prevHint')}>
            <Button data-testid="calendar-prev" icon={<LeftOutlined />} onClick={() => goMonth(-1)} aria-label={t('calendar.prev')} />
          </Tooltip>
          <Button data-testid="calendar-today" autoInsertSpace={false} onClick={goToday} title={t('calendar.todayHint')}>
            {t('calendar.today')}
          </Button>
          <Tooltip title={t('calendar.nextHint')}>
            <Button data-testid="calendar-next" icon={<RightOutlined />} onClick={() => goMonth(1)} aria-label={t('calendar.next')} />
          </Tooltip>
        </Space.Compact>
        <Typography.Title level={4} data-testid="calendar-title" style={{ margin: 0, minWidth: 110 }}>
          {dayjs(`${month}-01`).format(t('calendar.monthFormat'))}
        </Typography.Title>
        <Select
          mode="multiple"
          allowClear
          data-testid="calendar-account-filter"
          style={{ minWidth: 200, maxWidth: 360 }}
          maxTagCount="responsive"
          placeholder={t('calendar.allAccounts')}
          value={accountFilter}
          onChange={(ids: string[]) => go({ accounts: ids })}
          optionFilterProp="title"
          options={accounts.map((a) => ({
            value: a.id,
            title: a.name,
            label: (
              <span>
                <span style={{ display: 'inline-block', width: 7, height: 7, borderRadius: '50%', marginRight: 6, background: badges.get(a.id)?.color }} />
                {a.name}
              </span>
            ),
          }))}
        />
        <span data-testid="calendar-layers">
          {LAYER_TOGGLES.map((layer) => (
            <Tag.CheckableTag key={layer} data-testid={`calendar-layer-${layer}`} checked={toggles.has(layer)} onChange={(on) => toggle(layer, on)}>
              {t(`calendar.layers.${layer}`)}
            </Tag.CheckableTag>
          ))}
        </span>
        <Button type="primary" icon={<PlusOutlined />} data-testid="calendar-create" onClick={() => create(date)} title={t('shortcuts.create')} style={{ marginLeft: 'auto' }}>
          {t('calendar.create')}
        </Button>
      </div>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <MonthGrid month={month} days={days} today={today} items={itemsByDay} layers={layersByDay} accounts={badges} onCreate={create} onEdit={(item) => setEditing({ item, date: item.date })} />
        </div>
        <div style={{ width: 250, flex: 'none' }}>
          <ProblemsPanel problems={problems} accounts={badges} onOpen={(day) => go({ date: day })} />
        </div>
      </div>
      <ItemFormDrawer open={!!editing} item={editing?.item ?? null} date={editing?.date ?? date} accounts={accounts} members={members} onClose={() => setEditing(null)} />
    </div>
  );
}
