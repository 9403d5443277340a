import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../src-shared/contract/calendar';
import { hasPushSlots } from '../../../../src-shared/domain/calendar/slots';
import { slotKey } from '../ItemChip';
import type { PrintAccount, PrintDay, PrintSheet } from './print-sheet';

/** Type sizes (px) tried in turn until a sheet fits one A4 landscape page; smaller than the last, it runs on to a second page. */
const FONT_STEPS = [11, 10, 9, 8];
/** The height one page gives a sheet: A4 landscape less the margins of print.css (8 mm above, 10 mm below). */
const PAGE_HEIGHT_PX = ((210 - 8 - 10) * 96) / 25.4;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

type Mark = { account: PrintAccount; mark: string | null };
type Marks = Map<string, Mark>;

interface Props {
  sheet: PrintSheet;
  workspaceName: string;
  monthTitle: string;
  printedAt: string;
  /** The calendar's filters (besides accounts) leave items out: the header says so. */
  filtered: boolean;
}

/**
 * The largest type at which the sheet fits one page, measured on screen at the page's width
 * (print.css) before paint; a new sheet (other data) starts again from the largest.
 */
function useFitToPage(sheet: PrintSheet) {
  const ref = useRef<HTMLTableElement>(null);
  const [fit, setFit] = useState({ sheet, step: 0 });
  const step = fit.sheet === sheet ? fit.step : 0;
  useLayoutEffect(() => {
    const tooTall = (ref.current?.offsetHeight ?? 0) > PAGE_HEIGHT_PX;
    const next = tooTall && step < FONT_STEPS.length - 1 ? step + 1 : step;
    if (fit.sheet !== sheet || fit.step !== next) setFit({ sheet, step: next });
  }, [sheet, step, fit]);
  return { ref, fontSize: FONT_STEPS[step]! };
}

/** One sheet of the 排期表: a header (workspace, month, print date, the account or a legend) and the month's weeks. */
export function PrintSheetView({ sheet, workspaceName, monthTitle, printedAt, filtered }: Props) {
  const { t } = useTranslation();
  const { ref, fontSize } = useFitToPage(sheet);
  // Each item's account: the sheet's own, or on the sheet of every account its mark in the legend.
  const marks: Marks = new Map<string, Mark>(sheet.account ? [[sheet.account.id, { account: sheet.account, mark: null }]] : sheet.legend.map(({ account, mark }) => [account.id, { account, mark }]));
  const platform = (account: PrintAccount) => t(`accounts.platform.${account.platform}`);
  return (
    <section className="cal-print__sheet" data-testid="calendar-print-sheet" data-account={sheet.account?.id} style={{ fontSize }}>
      <table ref={ref} className="cal-print__table">
        <thead>
          <tr>
            <th colSpan={7} className="cal-print__header">
              <div className="cal-print__titles">
                <span className="cal-print__workspace">{workspaceName}</span>
                <span className="cal-print__title">{t('calendarPrint.sheetTitle', { month: monthTitle })}</span>
                <span className="cal-print__printed">{t('calendarPrint.printedAt', { time: printedAt })}</span>
              </div>
              <div className="cal-print__subtitle">
                {sheet.account ? (
                  <strong>
                    {sheet.account.name}
                    {t('calendarPrint.platform', { platform: platform(sheet.account) })}
                  </strong>
                ) : (
                  sheet.legend.map(({ account, mark }) => (
                    <span key={account.id} className="cal-print__legend">
                      {mark} {account.name} <span className="cal-print__muted">{platform(account)}</span>
                    </span>
                  ))
                )}
                <span className="cal-print__muted">
                  {t('calendarPrint.count', { count: sheet.count })}
                  {filtered && t('calendarPrint.filtered')}
                </span>
              </div>
            </th>
          </tr>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} className="cal-print__weekday">
                {t(`calendar.weekday.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => (
                <PrintDayCell key={day.date} day={day} marks={marks} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PrintDayCell({ day, marks }: { day: PrintDay; marks: Marks }) {
  const { t } = useTranslation();
  if (!day.inMonth) return <td className="cal-print__day cal-print__day--out" />;
  return (
    <td className={day.rest ? 'cal-print__day cal-print__day--rest' : 'cal-print__day'} data-date={day.date}>
      <div className="cal-print__dayhead">
        <span className="cal-print__date">{Number(day.date.slice(8))}</span>
        {day.rest && <span className="cal-print__mark cal-print__mark--rest">{t('calendar.mark.holiday')}</span>}
        {day.rest?.estimated && <span className="cal-print__muted">{t('calendar.mark.estimated')}</span>}
        {day.work && <span className="cal-print__mark cal-print__mark--work">{t('calendar.mark.workday')}</span>}
        {day.holidays.length > 0 && <span className="cal-print__holiday">{day.holidays.join(' · ')}</span>}
      </div>
      {day.keyDates.map((name) => (
        <div key={name} className="cal-print__keydate">
          ◆ {name}
        </div>
      ))}
      {day.items.map((item) => (
        <PrintItem key={item.id} item={item} mark={marks.get(item.accountId)} />
      ))}
    </td>
  );
}

/** An item in one line that wraps: the account's mark, 头条/次条 on WeChat, the whole title, the status. */
function PrintItem({ item, mark }: { item: CalendarItem; mark?: Mark }) {
  const { t } = useTranslation();
  const slot = item.slot > 0 && mark && hasPushSlots(mark.account.platform) ? slotKey(item.slot) : null;
  return (
    <div className={item.status === 'cancelled' ? 'cal-print__item cal-print__item--cancelled' : 'cal-print__item'} data-testid="calendar-print-item">
      {mark?.mark && <span className="cal-print__mark-account">{mark.mark}</span>}
      {slot && <span className="cal-print__slot">{t(slot.key, slot.params)}</span>}
      <span className="cal-print__item-title">{item.title}</span>
      <span className="cal-print__status">{t(`calendar.status.${item.status}`)}</span>
    </div>
  );
}
