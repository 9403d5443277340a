import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ItemStatus, MAX_SLOT, type CalendarItem, type ItemFilter } from '../../../src-shared/contract/calendar';
import { monthEnd } from '../../../src-shared/domain/dates';
import { errorText } from '../../lib/field-errors';
import { navigate } from '../../lib/router';
import { useShortcut } from '../../lib/use-shortcut';
import { useAccounts } from '../accounts/store';
import { useTeam } from '../team/store';
import { spansByDay } from './activity-spans';
import { AgendaList } from './AgendaList';
import { CalendarBoardContext, type CalendarBoard } from './board-context';
import { accountColor } from './calendar-colors';
import { CalendarFilters, type Toggle } from './CalendarFilters';
import { CalendarToolbar } from './CalendarToolbar';
import { LAYER_TOGGLES, toggleOf, type AccountBadge, type DayLayer } from './calendar-types';
import { CadenceDialog } from './CadenceDialog';
import { shortSlotKey, slotKey } from './ItemChip';
import { ItemHoverCard } from './ItemHoverCard';
import { DayItemsModal } from './DayItemsModal';
import { ItemFormDrawer } from './ItemFormDrawer';
import { KeyDatesDialog } from './KeyDatesDialog';
import { daysOfMonth, monthTitleKey, periodOf, stepDate, todayIso, viewDays } from './month';
import { MonthGrid } from './MonthGrid';
import { PrintDialog, usePrintShortcut } from './print/PrintDialog';
import { calendarRouteDef, type CalendarRoute, type CalendarView } from './route';
import { problemText } from './ProblemsPanel';
import { SelectionBar } from './SelectionBar';
import { SidePanel } from './SidePanel';
import { StatusBoard } from './StatusBoard';
import { calendarStore, useCalendar, type CalendarQuery } from './store';
import { useItemActions } from './use-item-actions';
import { useProblemFocus } from './use-problem-focus';
import { usePanelOpen } from './use-panel';
import { pushKey, WeekGrid } from './WeekGrid';
import { groupBy } from '../../lib/group-by';

const NO_ITEMS: CalendarItem[] = [];
/** Long enough for the period on screen to load and paint first. */
const PREFETCH_DELAY_MS = 250;

/** The layer toggles are a preference of this computer, kept across reloads (the URL keeps the filters). */
const TOGGLES_KEY = 'opsbench.calendar.layers';
const ALL_TOGGLES: readonly Toggle[] = [...LAYER_TOGGLES, 'gaps'];
function savedToggles(): Set<Toggle> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(TOGGLES_KEY) ?? 'null');
    if (Array.isArray(saved)) return new Set(ALL_TOGGLES.filter((toggle) => saved.includes(toggle)));
  } catch {
    // A damaged preference falls back to the default.
  }
  return new Set(LAYER_TOGGLES);
}

type Editing = { item: CalendarItem | null; date: string; accountId?: string } | null;

export function CalendarPage({ route }: { route: CalendarRoute }) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const date = route.date || today;
  const days = useMemo(() => viewDays(route.view, date), [route.view, date]);
  const from = days[0]!;
  const to = days[days.length - 1]!;

  const accounts = useAccounts((s) => s.rows);
  const members = useTeam((s) => s.rows);
  // Only the parts the page shows: a history step changes the store without re-rendering the page.
  const {
    query: shownQuery,
    items: storeItems,
    pool,
    layers,
    keyDates,
    spans,
    problems: allProblems,
    gaps,
    attention,
    columns,
    error,
  } = useCalendar(useShallow(({ query, items, pool, layers, keyDates, spans, problems, gaps, attention, columns, error }) => ({ query, items, pool, layers, keyDates, spans, problems, gaps, attention, columns, error })));
  const [toggles, setToggles] = useState<Set<Toggle>>(savedToggles);
  const [editing, setEditing] = useState<Editing>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Keeps the same (empty) set when nothing was selected, so the chips need not re-render.
  const clearSelection = useCallback(() => setSelected((before) => (before.size ? new Set() : before)), []);
  const [dialog, setDialog] = useState<'cadence' | 'keyDates' | 'print' | null>(null);
  const [panelOpen, togglePanel] = usePanelOpen();
  const [shownDay, setShownDay] = useState<string | null>(null);
  const actions = useItemActions();
  const query: CalendarQuery = { from, to, today, accountIds: route.accounts, columnIds: route.columns, statuses: route.statuses, ownerIds: route.owners, tags: route.tags, withGaps: toggles.has('gaps') };
  const queryKey = JSON.stringify(query);
  // Right after the route changes the store still holds the last range: show none of it, as the
  // load that starts after this render would (and save rendering a month that is going away).
  const items = shownQuery && JSON.stringify(shownQuery) === queryKey ? storeItems : NO_ITEMS;

  // A layout effect starts the load in the same task as the route change, not a frame later.
  useLayoutEffect(() => {
    const shown = JSON.parse(queryKey) as CalendarQuery;
    const store = calendarStore().getState();
    void store.load(shown);
    // Once this period is on screen, fetch the ones before and after it, so [ and ] show at once.
    const neighbours = setTimeout(() => {
      for (const delta of [1, -1] as const) {
        const near = viewDays(route.view, stepDate(route.view, date, delta));
        void store.prefetch({ ...shown, from: near[0]!, to: near[near.length - 1]! });
      }
    }, PREFETCH_DELAY_MS);
    return () => clearTimeout(neighbours);
  }, [queryKey, route.view, date]);
  useLayoutEffect(() => () => calendarStore().getState().forget(), []);

  const badges = useMemo(() => new Map<string, AccountBadge>(accounts.map((a, i) => [a.id, { name: a.name, color: accountColor(i), platform: a.platform }])), [accounts]);
  const order = useMemo(() => new Map(accounts.map((a, i) => [a.id, i])), [accounts]);
  const sorted = useMemo(() => [...items].sort((a, b) => a.date.localeCompare(b.date) || (order.get(a.accountId) ?? 999) - (order.get(b.accountId) ?? 999) || a.slot - b.slot), [items, order]);
  const itemsByDay = useMemo(() => groupBy(sorted, (i) => i.date), [sorted]);
  const pushes = useMemo(() => groupBy(sorted, (i) => pushKey(i.accountId, i.date)), [sorted]);
  const weekAccounts = useMemo(() => (route.accounts.length ? route.accounts : accounts.map((a) => a.id)), [route.accounts, accounts]);
  const layersByDay = useMemo(() => {
    const own: DayLayer[] = keyDates.map((k) => ({ date: k.date, kind: 'keyDate', name: k.name, nameEn: k.name }));
    return groupBy<DayLayer>(
      [...own, ...layers].filter((l) => toggles.has(toggleOf(l.kind))),
      (l) => l.date,
    );
  }, [layers, keyDates, toggles]);
  const spansOfDay = useMemo(() => spansByDay(spans, days), [spans, days]);
  const columnName = useMemo(() => new Map(columns.map((c) => [c.id, c.name])), [columns]);
  const ownerName = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  // The month shows a day's gaps together; the week shows them per account.
  const [gapsByDay, gapsByCell] = useMemo(() => {
    const shown = toggles.has('gaps') ? gaps : [];
    const text = (g: { accountId: string; columnIds: string[] }) =>
      t('calendar.gapAccount', { account: badges.get(g.accountId)?.name ?? '', columns: g.columnIds.map((id) => columnName.get(id) ?? '').join(t('calendar.listSeparator')) });
    const byDay = new Map([...groupBy(shown, (g) => g.date)].map(([day, list]) => [day, t('calendar.gapHint', { list: list.map(text).join(t('calendar.groupSeparator')) })]));
    const byCell = new Map(shown.map((g) => [pushKey(g.accountId, g.date), t('calendar.gapHint', { list: text(g) })]));
    return [byDay, byCell];
  }, [gaps, toggles, badges, columnName, t]);
  // The panel lists the problems of the period itself (the month grid also shows the edges of the months around).
  const [periodFrom, periodTo] = route.view === 'month' ? periodOf(daysOfMonth(date)) : [from, to];
  const problems = useMemo(() => allProblems.filter((p) => p.date >= periodFrom.slice(0, p.date.length) && p.date <= periodTo.slice(0, p.date.length)), [allProblems, periodFrom, periodTo]);
  // Every problem an item is part of, as text: its chip is marked and its hover card says why.
  const problemsOf = useMemo(() => {
    const byItem = new Map<string, string[]>();
    for (const problem of allProblems) for (const id of problem.itemIds) byItem.set(id, [...(byItem.get(id) ?? []), problemText(t, problem)]);
    return byItem;
  }, [allProblems, t]);
  // What the filters count: the items of the period itself (the month grid also shows the edges of the months around).
  const periodCount = useMemo(() => items.filter((i) => i.date >= periodFrom && i.date <= periodTo).length, [items, periodFrom, periodTo]);
  const hoverable = useMemo(() => new Map([...items, ...pool, ...attention.today, ...attention.overdue].map((i) => [i.id, i])), [items, pool, attention]);
  // Years of the period whose 休 are estimated: the quiet banner says so (the same in every view of a month, so the grid does not move).
  const estimatedYears = useMemo(() => [...new Set(layers.filter((l) => l.estimated && l.date >= periodFrom && l.date <= periodTo).map((l) => l.date.slice(0, 4)))], [layers, periodFrom, periodTo]);
  // One array per set of tags, so the filters do not re-render when a month brings the same tags.
  const tagsKey = useMemo(() => [...new Set([...items.flatMap((i) => i.tags), ...route.tags])].sort().join('\n'), [items, route.tags]);
  const tags = useMemo(() => (tagsKey ? tagsKey.split('\n') : []), [tagsKey]);

  const routeRef = useRef(route);
  routeRef.current = route;
  const go = useCallback((patch: Partial<CalendarRoute>) => navigate(calendarRouteDef.href({ ...routeRef.current, ...patch })), []);
  const onToggle = useCallback(
    (toggle: Toggle, on: boolean) =>
      setToggles((before) => {
        const next = new Set(on ? [...before, toggle] : [...before].filter((x) => x !== toggle));
        localStorage.setItem(TOGGLES_KEY, JSON.stringify([...next]));
        return next;
      }),
    [],
  );
  const step = useCallback((delta: -1 | 1) => go({ date: stepDate(routeRef.current.view, routeRef.current.date || todayIso(), delta) }), [go]);
  const goToday = useCallback(() => go({ date: '' }), [go]);
  const goView = useCallback((view: CalendarView) => go({ view }), [go]);
  const create = useCallback((day: string, accountId?: string) => setEditing({ item: null, date: day, accountId }), []);
  // A link to one item (工作台's cards) opens its drawer once the item has come; closing drops it from the address.
  const linked = route.item ? (items.find((i) => i.id === route.item) ?? pool.find((i) => i.id === route.item)) : undefined;
  useEffect(() => {
    if (linked) setEditing({ item: linked, date: linked.date });
  }, [linked]);
  const closeDrawer = useCallback(() => {
    setEditing(null);
    if (routeRef.current.item) go({ item: '' });
  }, [go]);
  // Only what is on screen counts as selected (an item may have gone since it was clicked).
  const selectedIds = useMemo(() => {
    const shown = new Set([...items, ...pool].map((i) => i.id));
    return [...selected].filter((id) => shown.has(id));
  }, [selected, items, pool]);
  const selectedRef = useRef(selectedIds);
  selectedRef.current = selectedIds;
  const problemFocus = useProblemFocus({ items, go, setSelected });
  // A new period or filter starts without a selection (nothing hidden can be dragged or deleted),
  // unless a click on a problem brought its items here.
  useLayoutEffect(() => {
    if (problemFocus.keepSelection.current) problemFocus.keepSelection.current = false;
    else clearSelection();
  }, [queryKey, clearSelection, problemFocus.keepSelection]);

  const labels = useMemo(
    () => ({
      slots: Array.from({ length: MAX_SLOT }, (_, i) => {
        const slot = slotKey(i + 1);
        return t(slot.key, slot.params);
      }),
      shortSlots: Array.from({ length: MAX_SLOT }, (_, i) => {
        const slot = shortSlotKey(i + 1);
        return t(slot.key, slot.params);
      }),
      statuses: Object.fromEntries(ItemStatus.options.map((s) => [s, t(`calendar.status.${s}`)])) as Record<ItemStatus, string>,
      holidayMark: t('calendar.mark.holiday'),
      workdayMark: t('calendar.mark.workday'),
      estimatedMark: t('calendar.mark.estimated'),
      estimatedHint: (year: string) => t('calendar.mark.estimatedHint', { year }),
      english: i18n.language === 'en',
    }),
    [t, i18n.language],
  );
  const board = useMemo<CalendarBoard>(
    () => ({
      accounts: badges,
      labels,
      colorBy: route.colorBy,
      columnNames: columnName,
      ownerNames: ownerName,
      problemsOf,
      selected,
      onItemClick(item, toggle) {
        if (!toggle) return setEditing({ item, date: item.date });
        setSelected((before) => {
          const next = new Set(before);
          if (next.has(item.id)) next.delete(item.id);
          else next.add(item.id);
          return next;
        });
      },
      dragIds: (item) => (selectedRef.current.includes(item.id) ? [item.id, ...selectedRef.current.filter((id) => id !== item.id)] : [item.id]),
      onDrop(ids, target, copy) {
        void actions.drop(ids, target, copy);
        clearSelection();
      },
      onCreate: create,
      onShowDay: setShownDay,
    }),
    [badges, labels, route.colorBy, columnName, ownerName, problemsOf, selected, actions, create, clearSelection],
  );

  useShortcut('[', () => step(-1));
  useShortcut(']', () => step(1));
  useShortcut('t', () => go({ date: '' }));
  useShortcut('n', () => create(today >= periodFrom && today <= periodTo ? today : periodFrom));
  useShortcut('Escape', () => clearSelection());
  useShortcut('Delete', () => {
    if (selectedIds.length) void actions.remove(selectedIds).then((ok) => ok && clearSelection());
  });
  useShortcut('1', () => go({ view: 'month' }));
  useShortcut('2', () => go({ view: 'week' }));
  useShortcut('3', () => go({ view: 'list' }));
  useShortcut('4', () => go({ view: 'board' }));
  useShortcut('\\', togglePanel);
  usePrintShortcut(() => setDialog('print'));

  const createHere = useCallback(() => create(date), [create, date]);
  // Export what is on screen: in the month view the month itself, not the grid's edge days.
  const exportFilter = useMemo<ItemFilter>(() => {
    const shown = JSON.parse(queryKey) as CalendarQuery;
    return route.view === 'month' ? { ...shown, from: periodFrom, to: monthEnd(periodFrom) } : shown;
  }, [queryKey, route.view, periodFrom]);
  const title =
    route.view === 'week'
      ? t('calendar.weekTitle', { from: dayjs(from).format(t('calendar.weekFromFormat')), to: dayjs(to).format(t('calendar.weekToFormat')) })
      : dayjs(`${monthTitleKey(date)}-01`).format(t('calendar.toolbarMonthFormat'));
  // What the smallest window shows of the title.
  const shortTitle = route.view === 'week' ? `${dayjs(from).format('M/D')} – ${dayjs(to).format('M/D')}` : dayjs(`${monthTitleKey(date)}-01`).format(t('calendarLayout.monthShortFormat'));

  return (
    <CalendarBoardContext.Provider value={board}>
      <div data-testid="calendar-page" className="cal-page">
        <div className="cal-page__head">
          <CalendarToolbar
            view={route.view}
            title={title}
            shortTitle={shortTitle}
            exportFilter={exportFilter}
            onStep={step}
            onToday={goToday}
            onView={goView}
            onCreate={createHere}
            onDialog={setDialog}
            panelOpen={panelOpen}
            onTogglePanel={togglePanel}
          />
          {selectedIds.length > 0 && (
            <div className="cal-page__selection">
              <SelectionBar ids={selectedIds} periodStart={periodFrom} onClear={clearSelection} />
            </div>
          )}
          <CalendarFilters route={route} accounts={accounts} badges={badges} columns={columns} members={members} tags={tags} count={periodCount} toggles={toggles} onToggle={onToggle} onChange={go} />
          {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
          {estimatedYears.length > 0 && toggles.has('holiday') && (
            <Alert
              data-testid="calendar-estimated-banner"
              type="info"
              banner
              showIcon={false}
              style={{ marginBottom: 8 }}
              title={t('calendar.estimatedYears', { years: estimatedYears.join(t('calendar.listSeparator')) })}
            />
          )}
        </div>
        <div className="cal-page__body">
          <div className="cal-page__view" data-testid="calendar-scroll">
            {route.view === 'month' && <MonthGrid month={monthTitleKey(date)} days={days} today={today} items={itemsByDay} layers={layersByDay} spans={spansOfDay} gaps={gapsByDay} />}
            {route.view === 'week' && <WeekGrid days={days} today={today} accountIds={weekAccounts} pushes={pushes} layers={layersByDay} spans={spansOfDay} gaps={gapsByCell} />}
            {route.view === 'list' && <AgendaList days={days} today={today} items={itemsByDay} layers={layersByDay} />}
            {route.view === 'board' && <StatusBoard items={sorted} />}
          </div>
          <SidePanel open={panelOpen} onExpand={togglePanel} attention={attention} pool={pool} problems={problems} accounts={badges} onSelectProblem={problemFocus.select} />
        </div>
        <ItemFormDrawer open={!!editing} item={editing?.item ?? null} date={editing?.date ?? date} accountId={editing?.accountId} accounts={accounts} onClose={closeDrawer} />
        <CadenceDialog open={dialog === 'cadence'} from={periodFrom} to={periodTo} accountIds={route.accounts} columns={columns} accounts={badges} onClose={() => setDialog(null)} />
        <DayItemsModal date={shownDay} items={(shownDay && itemsByDay.get(shownDay)) || NO_ITEMS} onClose={() => setShownDay(null)} />
        <KeyDatesDialog open={dialog === 'keyDates'} keyDates={keyDates} date={date} onClose={() => setDialog(null)} />
        <ItemHoverCard items={hoverable} />
        <PrintDialog open={dialog === 'print'} route={route} periodStart={periodFrom} onClose={() => setDialog(null)} />
      </div>
    </CalendarBoardContext.Provider>
  );
}
