import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import { LAYER_COLORS, STATUS_COLORS } from './calendar-colors';
import type { AccountBadge } from './calendar-types';

const MAX_CHIPS = 4;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  /** 'YYYY-MM' of the month shown; days outside it are dimmed. */
  month: string;
  /** 42 days, Monday first. */
  days: string[];
  today: string;
  items: Map<string, CalendarItem[]>;
  layers: Map<string, CalendarLayerDay[]>;
  accounts: Map<string, AccountBadge>;
  onCreate: (date: string) => void;
  onEdit: (item: CalendarItem) => void;
}

export function slotKey(slot: number): { key: string; params?: Record<string, number> } {
  if (slot === 1) return { key: 'calendar.slot.first' };
  if (slot === 2) return { key: 'calendar.slot.second' };
  return { key: 'calendar.slot.nth', params: { slot } };
}

function Chip({ item, account, onEdit }: { item: CalendarItem; account: AccountBadge | undefined; onEdit: (item: CalendarItem) => void }) {
  const { t } = useTranslation();
  const colors = STATUS_COLORS[item.status];
  const slot = slotKey(item.slot);
  const label = `${account?.name ?? ''} · ${t(slot.key, slot.params)} · ${item.title} · ${t(`calendar.status.${item.status}`)}`;
  return (
    <Tooltip title={label} mouseEnterDelay={0.4}>
      <div
        data-testid="calendar-item"
        data-status={item.status}
        role="button"
        tabIndex={0}
        onClick={(e) => {
          e.stopPropagation();
          onEdit(item);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onEdit(item);
        }}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 3,
          fontSize: 12,
          lineHeight: '17px',
          padding: '0 4px',
          marginTop: 1,
          borderRadius: 3,
          background: colors.bg,
          color: colors.fg,
          cursor: 'pointer',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textDecoration: item.status === 'cancelled' ? 'line-through' : undefined,
        }}
      >
        <span style={{ flex: 'none', width: 7, height: 7, borderRadius: '50%', background: account?.color ?? '#d9d9d9' }} />
        <span style={{ flex: 'none', fontWeight: 500 }}>{t(slot.key, slot.params)}</span>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{item.title}</span>
      </div>
    </Tooltip>
  );
}

function LayerLabels({ layers }: { layers: CalendarLayerDay[] }) {
  const { i18n } = useTranslation();
  const shown = layers.filter((l) => l.kind !== 'workday');
  if (shown.length === 0) return null;
  return (
    <div style={{ fontSize: 11, lineHeight: '15px', maxHeight: 30, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}>
      {shown.map((layer, i) => (
        <span key={`${layer.kind}-${layer.name}`} data-testid="calendar-layer" data-kind={layer.kind} style={{ color: LAYER_COLORS[layer.kind] }}>
          {i > 0 ? ' · ' : ''}
          {i18n.language === 'en' ? layer.nameEn : layer.name}
        </span>
      ))}
    </div>
  );
}

function Mark({ text, color, testId }: { text: string; color: string; testId: string }) {
  return (
    <span data-testid={testId} style={{ fontSize: 11, lineHeight: '16px', padding: '0 3px', borderRadius: 3, color: '#fff', background: color }}>
      {text}
    </span>
  );
}

function DayCell({ date, inMonth, isToday, items, layers, accounts, onCreate, onEdit }: { date: string; inMonth: boolean; isToday: boolean; items: CalendarItem[]; layers: CalendarLayerDay[] } & Pick<Props, 'accounts' | 'onCreate' | 'onEdit'>) {
  const { t } = useTranslation();
  const holiday = layers.some((l) => l.kind === 'holiday');
  const workday = layers.some((l) => l.kind === 'workday');
  const hidden = items.length - MAX_CHIPS;
  return (
    <div
      data-testid={`calendar-day-${date}`}
      data-today={isToday || undefined}
      onClick={() => onCreate(date)}
      style={{
        minHeight: 104,
        padding: '3px 5px 5px',
        borderRight: '1px solid #f0f0f0',
        borderBottom: '1px solid #f0f0f0',
        background: isToday ? '#e6f4ff' : holiday ? '#fff8f8' : '#fff',
        opacity: inMonth ? 1 : 0.45,
        cursor: 'pointer',
        minWidth: 0,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 4, marginBottom: 1, lineHeight: '20px' }}>
        <span style={{ fontWeight: isToday ? 700 : 500, color: isToday ? '#1677ff' : holiday ? LAYER_COLORS.holiday : undefined }}>{Number(date.slice(8))}</span>
        {holiday && <Mark text={t('calendar.mark.holiday')} color={LAYER_COLORS.holiday} testId="calendar-mark-holiday" />}
        {workday && <Mark text={t('calendar.mark.workday')} color={LAYER_COLORS.workday} testId="calendar-mark-workday" />}
      </div>
      <LayerLabels layers={layers} />
      {items.slice(0, MAX_CHIPS).map((item) => (
        <Chip key={item.id} item={item} account={accounts.get(item.accountId)} onEdit={onEdit} />
      ))}
      {hidden > 0 && (
        <div data-testid="calendar-more" style={{ fontSize: 12, color: '#8c8c8c', marginTop: 2 }}>
          {t('calendar.more', { count: hidden })}
        </div>
      )}
    </div>
  );
}

export function MonthGrid({ month, days, today, items, layers, accounts, onCreate, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <div data-testid="calendar-month" style={{ border: '1px solid #f0f0f0', borderRight: 'none', borderBottom: 'none', background: '#fff' }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}>
        {WEEKDAYS.map((d) => (
          <div key={d} style={{ padding: '6px', fontSize: 12, color: '#8c8c8c', borderRight: '1px solid #f0f0f0', borderBottom: '1px solid #f0f0f0' }}>
            {t(`calendar.weekday.${d}`)}
          </div>
        ))}
        {days.map((date) => (
          <DayCell
            key={date}
            date={date}
            inMonth={date.startsWith(month)}
            isToday={date === today}
            items={items.get(date) ?? []}
            layers={layers.get(date) ?? []}
            accounts={accounts}
            onCreate={onCreate}
            onEdit={onEdit}
          />
        ))}
      </div>
    </div>
  );
}
