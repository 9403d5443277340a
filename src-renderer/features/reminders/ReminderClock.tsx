import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPushSlots } from '../../../src-shared/domain/calendar/slots';
import type { ReminderEvent } from '../../../src-shared/domain/reminders/reminder-events';
import type { DesktopNotice } from '../../lib/desktop-notifications';
import { navigate } from '../../lib/router';
import { calendarRoute, calendarRouteDef } from '../calendar/route';
import { remindersStore, useReminders } from './store';

/** How often the clock looks whether a reminder has come: well within the minute push times are set to. */
export const REMINDER_TICK_MS = 20_000;

function slotText(t: TFunction, event: ReminderEvent): string {
  const { slot, platform } = event.item;
  if (!hasPushSlots(platform)) return '';
  if (slot === 1) return t('calendar.slot.first');
  return slot === 2 ? t('calendar.slot.second') : t('calendar.slot.nth', { slot });
}

/** A reminder in words; a click on it opens the week of the item on the calendar. */
function noticeOf(t: TFunction, event: ReminderEvent): DesktopNotice {
  const { item } = event;
  const onClick = () => navigate(calendarRouteDef.href(calendarRoute({ view: 'week', date: item.date || item.dueDate })));
  if (event.kind === 'push') {
    return {
      tag: event.key,
      onClick,
      title: t('reminders.notifications.push.title', { title: item.title }),
      body: t('reminders.notifications.push.body', { account: item.accountName, time: item.time, slot: slotText(t, event) }).trim(),
    };
  }
  return {
    tag: event.key,
    onClick,
    title: t('reminders.notifications.due.title', { title: item.title }),
    body: t('reminders.notifications.due.body', { account: item.accountName, status: t(`calendar.status.${item.status}`), date: item.date || t('common.none') }),
  };
}

/**
 * The desktop notifications' clock, mounted once in the shell: while notifications are on and
 * allowed it looks every REMINDER_TICK_MS whether a push time or a due date has come. It never
 * asks for permission (设置 → 提醒 does, from a click).
 */
export function ReminderClock() {
  const { t } = useTranslation();
  const active = useReminders((s) => s.reminders?.settings.notifications === true && s.permission === 'granted');
  useEffect(() => {
    if (!active) return;
    const tick = () =>
      void remindersStore()
        .getState()
        .tick(new Date(), (event) => noticeOf(t, event))
        .catch(() => undefined);
    tick();
    const timer = setInterval(tick, REMINDER_TICK_MS);
    return () => clearInterval(timer);
  }, [active, t]);
  return null;
}
