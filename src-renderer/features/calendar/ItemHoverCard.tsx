import { WarningFilled } from '@ant-design/icons';
import { Popover, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { hasPushSlots } from '../../../src-shared/domain/calendar/slots';
import { AccountLabel, MissingAccountLabel } from '../../components/AccountLabel';
import { useCalendarBoard } from './board-context';
import { STATUS_COLORS } from './calendar-colors';

/** Long enough not to flash cards while the pointer crosses the grid, short enough to feel at hand. */
const OPEN_DELAY_MS = 450;

interface Hovered {
  item: CalendarItem;
  rect: { left: number; top: number; width: number; height: number };
}

/**
 * One hover card for every chip on the page (one Popover, not one per chip: a month holds hundreds):
 * the pointer resting on a chip shows everything about its item.
 */
export function ItemHoverCard({ items }: { items: ReadonlyMap<string, CalendarItem> }) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let chip: Element | null = null;
    const hide = () => {
      clearTimeout(timer);
      chip = null;
      setHovered(null);
    };
    const over = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('[data-testid="calendar-item"][data-id]') : null;
      if (target === chip) return;
      hide();
      if (!target || event.buttons) return;
      chip = target;
      timer = setTimeout(() => {
        const item = itemsRef.current.get(target.getAttribute('data-id') ?? '');
        if (!item || !target.isConnected) return;
        const { left, top, width, height } = target.getBoundingClientRect();
        setHovered({ item, rect: { left, top, width, height } });
      }, OPEN_DELAY_MS);
    };
    document.addEventListener('mouseover', over);
    // A click opens the drawer, a drag moves the chip, a scroll moves it away: the card goes.
    for (const type of ['mousedown', 'dragstart', 'keydown'] as const) document.addEventListener(type, hide, true);
    window.addEventListener('scroll', hide, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mouseover', over);
      for (const type of ['mousedown', 'dragstart', 'keydown'] as const) document.removeEventListener(type, hide, true);
      window.removeEventListener('scroll', hide, true);
    };
  }, []);

  // The card follows the item as it is now (an edit elsewhere, a status changed on the board).
  const item = hovered && items.get(hovered.item.id);
  if (!hovered || !item) return null;
  return (
    <Popover open placement="right" content={<ItemDetails item={item} />} title={item.title} styles={{ root: { maxWidth: 340, pointerEvents: 'none' } }}>
      <span key={item.id} style={{ position: 'fixed', ...hovered.rect, pointerEvents: 'none' }} />
    </Popover>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Everything about an item: account with platform, date and time, slot (WeChat only), column, owner, status, due date, tags, notes, problems. */
function ItemDetails({ item }: { item: CalendarItem }) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const account = board.accounts.get(item.accountId);
  const field = (name: 'account' | 'date' | 'slot' | 'column' | 'owner' | 'status' | 'dueDate' | 'tags' | 'notes') => t(`calendarTransfer.fields.${name}`);
  const none = t('calendar.grid.hover.none');
  const day = item.date ? dayjs(item.date).format(t('calendar.agendaDayFormat')) : t('calendar.grid.hover.noDate');
  const notes = item.notes.trim();
  const problems = board.problemsOf.get(item.id);
  return (
    <div data-testid="calendar-hover-card" className="cal-hover">
      <dl>
        <Row label={field('account')}>{account ? <AccountLabel name={account.name} platform={account.platform} color={account.color} /> : <MissingAccountLabel />}</Row>
        <Row label={field('date')}>{item.time ? `${day} ${item.time}` : day}</Row>
        {account && hasPushSlots(account.platform) && item.slot > 0 && <Row label={field('slot')}>{board.labels.slots[item.slot - 1]}</Row>}
        <Row label={field('column')}>{(item.columnId && board.columnNames.get(item.columnId)) || none}</Row>
        <Row label={field('owner')}>{(item.ownerId && board.ownerNames.get(item.ownerId)) || t('calendar.form.noOwner')}</Row>
        <Row label={field('status')}>
          <span className="cal-hover__status" style={{ background: STATUS_COLORS[item.status].bg, color: STATUS_COLORS[item.status].fg }}>
            {board.labels.statuses[item.status]}
          </span>
        </Row>
        {item.dueDate && <Row label={field('dueDate')}>{dayjs(item.dueDate).format(t('calendar.agendaDayFormat'))}</Row>}
        {item.tags.length > 0 && (
          <Row label={field('tags')}>
            {item.tags.map((tag) => (
              <Tag key={tag} className="cal-hover__tag">
                {tag}
              </Tag>
            ))}
          </Row>
        )}
        {notes && (
          <Row label={field('notes')}>
            <span className="cal-hover__notes">{notes}</span>
          </Row>
        )}
      </dl>
      {problems && (
        <div className="cal-hover__problems" data-testid="calendar-hover-problems">
          {problems.map((text) => (
            <div key={text}>
              <WarningFilled /> {text}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
