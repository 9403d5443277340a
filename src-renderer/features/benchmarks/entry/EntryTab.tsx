import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Empty, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchAccount, PeriodKind } from '../../../../src-shared/contract/benchmarks';
import { periodOf, shiftPeriod } from '../../../../src-shared/domain/benchmarks/periods';
import { localDate } from '../../../../src-shared/domain/dates';
import { errorText } from '../../../lib/field-errors';
import { navigate } from '../../../lib/router';
import { useShowError } from '../../../lib/use-show-error';
import { benchmarksHref, type BenchmarksRoute } from '../route';
import { DataGrid, type Cell } from './DataGrid';
import { BenchImportButton } from './import/BenchImportDialog';
import {
  blankRow,
  cellProblem,
  collectPosts,
  collectSnapshots,
  isBlank,
  isChanged,
  keyColumns,
  periodLabel,
  readPeriodStart,
  postColumns,
  postRows,
  problemsOfIssues,
  SNAPSHOT_COLUMNS,
  snapshotRows,
  type CellProblem,
  type GridProblems,
  type GridRow,
} from './grid-model';
import { entryStore, useEntry } from './store';

type Mode = 'snapshots' | 'posts';
const SPANS: Record<PeriodKind, number[]> = { week: [12, 26, 52], month: [12, 24, 36] };
/** Blank rows under the stored articles, to paste into. */
const BLANK_POST_ROWS = 20;
const POST_FIGURES = new Set(['reads', 'zaikan', 'likes', 'shares']);

/** Problems found at save time, by row key and column key, with the text they were about (an edit makes them go). */
type SavedProblems = Map<string, Map<string, CellProblem & { text: string }>>;

function periodsOf(kind: PeriodKind, count: number): string[] {
  const last = periodOf(kind, localDate(new Date()));
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1).start);
}

/** 录入数据: an account's figures per period or per article, typed or pasted from Excel. */
export function EntryTab({ route }: { route: BenchmarksRoute }) {
  const { t } = useTranslation();
  const accounts = useEntry((s) => s.accounts);
  const accountsLoaded = useEntry((s) => s.accountsLoaded);
  useEffect(() => {
    void entryStore().getState().loadAccounts();
  }, []);
  const kind: PeriodKind = route.query.kind === 'month' ? 'month' : 'week';
  const mode: Mode = route.query.mode === 'posts' ? 'posts' : 'snapshots';
  const span = SPANS[kind].includes(Number(route.query.span)) ? Number(route.query.span) : SPANS[kind][0]!;
  const account = accounts.find((a) => a.id === route.query.account) ?? accounts.find((a) => a.kind === 'own') ?? accounts[0];
  const go = (patch: Record<string, string>) => navigate(benchmarksHref('entry', { ...route.query, ...(account ? { account: account.id } : {}), ...patch }));

  if (accountsLoaded && !account) return <Empty description={t('benchEntry.noAccounts')} />;
  return (
    <div data-testid="bench-entry">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('benchEntry.account')}</Typography.Text>
        <AccountPicker accounts={accounts} value={account?.id} onChange={(id) => go({ account: id })} />
        <Segmented<PeriodKind> data-testid="entry-kind" value={kind} onChange={(k) => go({ kind: k, span: '' })} options={(['week', 'month'] as const).map((k) => ({ value: k, label: t(`benchEntry.kind.${k}`) }))} />
        <Select
          data-testid="entry-span"
          value={span}
          style={{ width: 130 }}
          onChange={(n) => go({ span: String(n) })}
          options={SPANS[kind].map((n) => ({ value: n, label: t(`benchEntry.span.${kind}`, { count: n }) }))}
        />
        <Segmented<Mode> data-testid="entry-mode" value={mode} onChange={(m) => go({ mode: m })} options={(['snapshots', 'posts'] as const).map((m) => ({ value: m, label: t(`benchEntry.mode.${m}`) }))} />
      </Space>
      {account && <FiguresEditor key={`${account.id}:${kind}:${span}`} account={account} accounts={accounts} kind={kind} span={span} mode={mode} />}
    </div>
  );
}

function AccountPicker({ accounts, value, onChange }: { accounts: BenchAccount[]; value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const group = (kind: BenchAccount['kind']) => ({
    label: t(`benchEntry.${kind}`),
    options: accounts.filter((a) => a.kind === kind).map((a) => ({ value: a.id, label: t('accounts.accountLabel.text', { name: a.name, platform: t(`accounts.platform.${a.platform}`) }) })),
  });
  return (
    <Select
      data-testid="entry-account"
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: 260 }}
      placeholder={t('benchEntry.accountPlaceholder')}
      value={value}
      onChange={onChange}
      options={[group('own'), group('peer')].filter((g) => g.options.length > 0)}
    />
  );
}

function toSaved(problems: GridProblems, rows: readonly GridRow[], keys: readonly string[], into: SavedProblems) {
  for (const [index, byColumn] of problems) {
    const row = rows[index];
    if (!row) continue;
    const cells = new Map(into.get(row.key));
    for (const [key, problem] of byColumn) cells.set(key, { ...problem, text: row.cells[keys.indexOf(key)] ?? '' });
    into.set(row.key, cells);
  }
}

function FiguresEditor({ account, accounts, kind, span, mode }: { account: BenchAccount; accounts: BenchAccount[]; kind: PeriodKind; span: number; mode: Mode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const figures = useEntry((s) => s.figures);
  const own = account.kind === 'own';
  const periods = useMemo(() => periodsOf(kind, span), [kind, span]);
  const [snapRows, setSnapRows] = useState<GridRow[]>([]);
  const [postGridRows, setPostGridRows] = useState<GridRow[]>([]);
  const [saved, setSaved] = useState<SavedProblems>(new Map());
  const [saving, setSaving] = useState(false);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [goTo, setGoTo] = useState<Cell | null>(null);
  /** Locked cells an edit or paste left as they were, until the active cell moves. */
  const [lockedNote, setLockedNote] = useState(0);
  const onActiveChange = useCallback((cell: Cell) => {
    setActive(cell);
    setLockedNote(0);
  }, []);

  useEffect(() => {
    void entryStore().getState().loadFigures(account.id, kind, periods);
  }, [account.id, kind, periods]);

  // Stored figures fill the grids; a reload after changes made elsewhere keeps unsaved edits.
  const current = figures && figures.accountId === account.id && figures.kind === kind ? figures : null;
  useEffect(() => {
    if (!current) return;
    setSnapRows((before) => (before.some(isChanged) ? before : snapshotRows(current.periods, current.snapshots)));
    setPostGridRows((before) => (before.some(isChanged) ? before : [...postRows(current.posts, own), ...Array.from({ length: BLANK_POST_ROWS }, () => blankRow(postColumns(own).length))]));
  }, [current, own]);

  const columns = useMemo(() => (mode === 'snapshots' ? SNAPSHOT_COLUMNS : postColumns(own)), [mode, own]);
  const rows = mode === 'snapshots' ? snapRows : postGridRows;
  const setRows = mode === 'snapshots' ? setSnapRows : setPostGridRows;
  const labelled = useMemo(
    () =>
      columns.map((c) => ({
        ...c,
        // An article has one figure of each, not a total.
        label: mode === 'posts' && POST_FIGURES.has(c.key) ? t(`peers.post.${c.key}` as 'peers.post.reads') : t(`benchEntry.column.${c.key}` as 'benchEntry.column.period'),
        hint:
          c.key === 'period'
            ? kind === 'week'
              ? t('benchEntry.columnHintWeek', { hint: t('benchEntry.columnHint.period'), note: t('benchEntry.weekNote') })
              : t('benchEntry.columnHint.period')
            : t(`benchEntry.columnHint.${c.key}` as 'benchEntry.columnHint.period', { defaultValue: '' }) || undefined,
        width: c.key === 'period' && kind === 'week' ? 170 : c.width,
      })),
    [columns, t, kind, mode],
  );
  const keys = useMemo(() => columns.map((c) => c.key), [columns]);

  const problemOf = useCallback(
    (row: number, col: number, text: string): CellProblem | null => {
      const gridRow = rows[row];
      if (!gridRow || (!isChanged(gridRow) && !saved.has(gridRow.key)) || isBlank(gridRow)) return null;
      const stored = saved.get(gridRow.key)?.get(keys[col]!);
      if (stored && stored.text === text) return stored;
      return cellProblem(columns[col]!, text, kind);
    },
    [rows, saved, keys, columns, kind],
  );
  const problemText = useCallback((p: CellProblem) => t(p.message as 'benchEntry.problems.notNumber', p.params ?? {}), [t]);
  const display = useCallback(
    (col: number, text: string) => {
      if (keys[col] !== 'period' || !text) return text;
      const start = readPeriodStart(kind, text);
      return start ? periodLabel(kind, start) : text;
    },
    [keys, kind],
  );

  // The count of problems over every changed row, computed off the typing path.
  const deferredRows = useDeferredValue(rows);
  const problemCells = useMemo(() => {
    const found: Cell[] = [];
    deferredRows.forEach((row, r) => {
      if ((!isChanged(row) && !saved.has(row.key)) || isBlank(row)) return;
      row.cells.forEach((text, c) => {
        const stored = saved.get(row.key)?.get(keys[c]!);
        if ((stored && stored.text === text) || cellProblem(columns[c]!, text, kind)) found.push({ row: r, col: c });
      });
    });
    return found;
  }, [deferredRows, saved, keys, columns, kind]);
  const changedRows = useMemo(() => [...snapRows, ...postGridRows].filter((r) => isChanged(r) && !isBlank(r)).length, [snapRows, postGridRows]);

  async function save() {
    const snaps = collectSnapshots(snapRows, account.id, kind);
    const posts = collectPosts(postGridRows, account.id, own, kind);
    const problems: SavedProblems = new Map();
    toSaved(
      snaps.problems,
      snapRows,
      SNAPSHOT_COLUMNS.map((c) => c.key),
      problems,
    );
    toSaved(
      posts.problems,
      postGridRows,
      postColumns(own).map((c) => c.key),
      problems,
    );
    if (snaps.inputs.length + posts.inputs.length === 0) {
      setSaved(problems);
      if (problems.size === 0) void message.info(t('benchEntry.nothingToSave'));
      else void message.error(t('benchEntry.notSaved', { count: problems.size }));
      return;
    }
    setSaving(true);
    const store = entryStore().getState();
    const done: string[] = [];
    // Saved rows are stored now: their key cells lock as the loaded ones do.
    const clean = (grid: GridRow[], rowOf: number[], locked: number[]) => {
      const sent = new Set(rowOf);
      return grid.map((row, i) => (sent.has(i) ? { ...row, loaded: row.cells.slice(), locked } : row));
    };
    const failed = (
      error: Parameters<typeof errorText>[1] & { issues?: readonly { path: readonly PropertyKey[]; message: string; params?: Record<string, unknown> }[] },
      rowOf: number[],
      offset: number,
      grid: GridRow[],
      gridKeys: string[],
    ) => {
      const mapped = problemsOfIssues(error.issues ?? [], rowOf.slice(offset), gridKeys[0]!);
      if (mapped.size > 0) toSaved(mapped, grid, gridKeys, problems);
      else showError(error);
    };
    if (snaps.inputs.length > 0) {
      const result = await store.saveSnapshots(snaps.inputs);
      if (result.ok) {
        done.push(t('benchEntry.saved', { count: result.data.saved }));
        setSnapRows((grid) => clean(grid, snaps.rowOf, keyColumns(SNAPSHOT_COLUMNS)));
      } else
        failed(
          result.error,
          snaps.rowOf,
          result.offset ?? 0,
          snapRows,
          SNAPSHOT_COLUMNS.map((c) => c.key),
        );
    }
    if (posts.inputs.length > 0) {
      const result = await store.savePosts(posts.inputs);
      if (result.ok) {
        const { created, updated } = result.data;
        done.push(t('benchEntry.savedPosts', { count: created + updated, created, updated }));
        setPostGridRows((grid) => clean(grid, posts.rowOf, keyColumns(postColumns(own))));
      } else
        failed(
          result.error,
          posts.rowOf,
          result.offset ?? 0,
          postGridRows,
          postColumns(own).map((c) => c.key),
        );
    }
    setSaving(false);
    setSaved(problems);
    if (done.length > 0) void message.success(done.join(t('benchEntry.sentenceSeparator')));
    if (problems.size > 0) void message.error(t('benchEntry.notSaved', { count: problems.size }));
  }

  const activeProblem = problemOf(active.row, active.col, rows[active.row]?.cells[active.col] ?? '');
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} align="start">
        <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 820, display: 'block' }}>
          {t('benchEntry.hint')}
        </Typography.Text>
        <Space>
          <BenchImportButton accounts={accounts} />
          <Button type="primary" icon={<SaveOutlined />} loading={saving} data-testid="entry-save" onClick={() => void save()}>
            {changedRows > 0 ? t('benchEntry.saveCount', { count: changedRows }) : t('benchEntry.save')}
          </Button>
        </Space>
      </Space>
      <DataGrid
        testId={`entry-grid-${mode}`}
        columns={labelled}
        rows={rows}
        onChange={setRows}
        problemOf={problemOf}
        problemText={problemText}
        display={display}
        onActiveChange={onActiveChange}
        onLocked={setLockedNote}
        goTo={goTo}
        height={Math.max(240, window.innerHeight - 330)}
      />
      <Space style={{ marginTop: 8, minHeight: 24 }} data-testid="entry-status">
        <Typography.Text type="secondary">{t('benchEntry.rows', { count: rows.length })}</Typography.Text>
        {activeProblem && (
          <Typography.Text type="danger" data-testid="entry-cell-problem">
            {t('benchEntry.cellAt', { row: active.row + 1, column: labelled[active.col]!.label, text: problemText(activeProblem) })}
          </Typography.Text>
        )}
        {lockedNote > 0 && (
          <Typography.Text type="warning" data-testid="entry-locked">
            {t(mode === 'posts' ? 'benchEntry.lockedPost' : 'benchEntry.lockedPeriod', { count: lockedNote })}
          </Typography.Text>
        )}
        {!activeProblem && problemCells.length > 0 && (
          <Typography.Text type="danger" data-testid="entry-problem-count">
            {t('benchEntry.problems', { count: problemCells.length })} <Typography.Link onClick={() => setGoTo({ ...problemCells[0]! })}>{t('benchEntry.goToProblem')}</Typography.Link>
          </Typography.Text>
        )}
        <Button size="small" type="link" onClick={() => setRows((grid) => [...grid, ...Array.from({ length: 20 }, () => blankRow(columns.length))])}>
          {t('benchEntry.addRows')}
        </Button>
      </Space>
    </>
  );
}
