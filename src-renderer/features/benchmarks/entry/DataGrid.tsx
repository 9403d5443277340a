import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { blankRow, isLocked, pasteBlock, type CellProblem, type GridColumn, type GridRow } from './grid-model';
import { parseTsv, toTsv } from './tsv';
import './data-grid.css';

// A sheet-like grid for entering figures: click or arrow to a cell, type to replace it (F2 or a
// double click edits it), Enter/Tab/arrows move, Delete clears the selection, Ctrl+V of a block
// copied from Excel fills rows and columns from the active cell (adding rows), Ctrl+C copies the
// selection back. Only the rows in view are rendered, so 10,000 pasted lines stay responsive.

const ROW_HEIGHT = 30;
const GUTTER = 52;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 8;

export interface Cell {
  row: number;
  col: number;
}

interface Props {
  testId: string;
  columns: readonly (GridColumn & { label: string; hint?: string })[];
  rows: readonly GridRow[];
  onChange: (rows: GridRow[]) => void;
  /** A cell's problem (shown red, with the message as its title), or null. */
  problemOf: (row: number, col: number, text: string) => CellProblem | null;
  problemText: (problem: CellProblem) => string;
  /** How a cell shows when not edited (the period's range); the text itself by default. */
  display?: (col: number, text: string) => ReactNode;
  /** The active cell, for the status line. */
  onActiveChange?: (cell: Cell) => void;
  /** Moves the active cell there (a "go to problem" link); its identity changes each time. */
  goTo?: Cell | null;
  /** An edit or paste left `count` locked cells (a stored row's key) as they were. */
  onLocked?: (count: number) => void;
  height: number;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function DataGrid({ testId, columns, rows, onChange, problemOf, problemText, display, onActiveChange, goTo, onLocked, height }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<Cell>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<string | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const width = columns.length;
  const lefts = columns.reduce<number[]>((acc, c, i) => [...acc, (acc[i] ?? GUTTER) + c.width], [GUTTER]);
  const totalWidth = lefts[width]!;

  const select = useCallback(
    (cell: Cell, extend = false) => {
      const next = { row: clamp(cell.row, 0, Math.max(rows.length - 1, 0)), col: clamp(cell.col, 0, width - 1) };
      setActive(next);
      if (!extend) setAnchor(next);
      onActiveChange?.(next);
      // Into view.
      const el = scroller.current;
      if (!el) return;
      const top = next.row * ROW_HEIGHT;
      const viewTop = el.scrollTop;
      const viewBottom = viewTop + el.clientHeight - ROW_HEIGHT * 2;
      if (top < viewTop) el.scrollTop = top;
      else if (top > viewBottom) el.scrollTop = top - el.clientHeight + ROW_HEIGHT * 2 + 4;
      const left = lefts[next.col]!;
      const right = lefts[next.col + 1]!;
      if (left - GUTTER < el.scrollLeft) el.scrollLeft = left - GUTTER;
      else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
    },
    [rows.length, width, lefts, onActiveChange],
  );

  useEffect(() => {
    if (goTo) {
      select(goTo);
      scroller.current?.focus({ preventScroll: true });
    }
    // Only a new go-to request moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [goTo]);

  const setCells = (changes: Array<{ row: number; col: number; text: string }>) => {
    const next = rows.slice();
    let skipped = 0;
    for (const { row, col, text } of changes) {
      while (next.length <= row) next.push(blankRow(width));
      const target = next[row]!;
      if (target.cells[col] === text) continue;
      if (isLocked(target, col)) {
        skipped++;
        continue;
      }
      const cells = target.cells.slice();
      cells[col] = text;
      next[row] = { ...target, cells };
    }
    onChange(next);
    if (skipped > 0) onLocked?.(skipped);
  };

  const range = { top: Math.min(active.row, anchor.row), bottom: Math.max(active.row, anchor.row), left: Math.min(active.col, anchor.col), right: Math.max(active.col, anchor.col) };

  const commit = (move?: { row: number; col: number }) => {
    if (editing !== null) setCells([{ ...active, text: editing }]);
    setEditing(null);
    if (move) select({ row: active.row + move.row, col: active.col + move.col });
    scroller.current?.focus({ preventScroll: true });
  };

  const startEditing = (value: string, at: Cell = active) => {
    if (isLocked(rows[at.row], at.col)) return onLocked?.(1);
    flushSync(() => setEditing(value));
    input.current?.focus({ preventScroll: true });
  };

  const paste = (text: string) => {
    const block = parseTsv(text);
    if (block.length === 0) return;
    const { rows: next, height: h, blockWidth, skipped } = pasteBlock(rows, active, block, width);
    onChange(next);
    if (skipped > 0) onLocked?.(skipped);
    setEditing(null);
    setAnchor({ row: active.row + h - 1, col: active.col + Math.max(blockWidth, 1) - 1 });
    scroller.current?.focus({ preventScroll: true });
  };

  function onGridKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (editing !== null) return;
    const { key, shiftKey } = event;
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[key];
    if (move) {
      event.preventDefault();
      return select({ row: active.row + move[0], col: active.col + move[1] }, shiftKey);
    }
    if (key === 'Tab' || key === 'Enter') {
      event.preventDefault();
      const step = shiftKey ? -1 : 1;
      return key === 'Tab' ? select({ row: active.row, col: active.col + step }) : select({ row: active.row + step, col: active.col });
    }
    if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      const changes = [];
      for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) changes.push({ row: r, col: c, text: '' });
      return setCells(changes);
    }
    if (key === 'F2') {
      event.preventDefault();
      return startEditing(rows[active.row]?.cells[active.col] ?? '');
    }
    // A typed character (or an IME starting) replaces the cell; the keystroke lands in the editor.
    if (!ctrl && !event.altKey && (key.length === 1 || key === 'Process')) startEditing('');
  }

  function onEditorKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    const { key, shiftKey } = event;
    if (key === 'Escape') {
      event.preventDefault();
      setEditing(null);
      scroller.current?.focus({ preventScroll: true });
    } else if (key === 'Enter') {
      event.preventDefault();
      commit({ row: shiftKey ? -1 : 1, col: 0 });
    } else if (key === 'Tab') {
      event.preventDefault();
      commit({ row: 0, col: shiftKey ? -1 : 1 });
    } else if (key === 'ArrowUp' || key === 'ArrowDown') {
      event.preventDefault();
      commit({ row: key === 'ArrowUp' ? -1 : 1, col: 0 });
    }
  }

  function onGridPaste(event: ClipboardEvent) {
    const text = event.clipboardData.getData('text/plain');
    // Inside the editor, a single value is typed text; a block (tabs, lines) fills the grid.
    if (editing !== null && !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    paste(text);
  }

  function onGridCopy(event: ClipboardEvent) {
    if (editing !== null) return;
    event.preventDefault();
    const block = [];
    for (let r = range.top; r <= range.bottom; r++) block.push((rows[r]?.cells ?? []).slice(range.left, range.right + 1));
    event.clipboardData.setData('text/plain', toTsv(block));
  }

  const [viewHeight, setViewHeight] = useState(height);
  useLayoutEffect(() => setViewHeight(scroller.current?.clientHeight ?? height), [height]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const visible = [];
  for (let r = first; r < last; r++) {
    const row = rows[r]!;
    const selected = r >= range.top && r <= range.bottom ? range : null;
    visible.push(
      <GridRowView
        key={row.key}
        index={r}
        row={row}
        columns={columns}
        lefts={lefts}
        selected={selected}
        activeCol={active.row === r ? active.col : -1}
        problemOf={problemOf}
        problemText={problemText}
        display={display}
        onMouseDown={(col, extend) => {
          if (editing !== null) commit();
          select({ row: r, col }, extend);
        }}
        onDoubleClick={(col) => {
          select({ row: r, col });
          startEditing(row.cells[col] ?? '', { row: r, col });
        }}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      className="data-grid"
      data-testid={testId}
      tabIndex={0}
      style={{ height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onGridKeyDown}
      onPaste={onGridPaste}
      onCopy={onGridCopy}
    >
      <div className="data-grid__header" style={{ width: totalWidth }}>
        <div className="data-grid__corner" style={{ width: GUTTER }} />
        {columns.map((column) => (
          <div key={column.key} className="data-grid__th" style={{ width: column.width, textAlign: column.numeric ? 'right' : 'left' }} title={column.hint}>
            {column.label}
          </div>
        ))}
      </div>
      <div className="data-grid__body" style={{ height: rows.length * ROW_HEIGHT, width: totalWidth }}>
        {visible}
        {editing !== null && (
          <input
            ref={input}
            className="data-grid__editor"
            data-testid={`${testId}-editor`}
            style={{ top: active.row * ROW_HEIGHT, left: lefts[active.col], width: columns[active.col]!.width, height: ROW_HEIGHT }}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={onEditorKeyDown}
            onBlur={() => commit()}
          />
        )}
      </div>
    </div>
  );
}

interface RowViewProps {
  index: number;
  row: GridRow;
  columns: readonly (GridColumn & { label: string })[];
  lefts: number[];
  selected: { left: number; right: number } | null;
  activeCol: number;
  problemOf: Props['problemOf'];
  problemText: Props['problemText'];
  display: Props['display'];
  onMouseDown: (col: number, extend: boolean) => void;
  onDoubleClick: (col: number) => void;
}

const GridRowView = memo(function GridRowView({ index, row, columns, selected, activeCol, problemOf, problemText, display, onMouseDown, onDoubleClick }: RowViewProps) {
  return (
    <div className="data-grid__row" data-testid="grid-row" data-row={index} style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}>
      <div className="data-grid__gutter" style={{ width: GUTTER }}>
        {index + 1}
      </div>
      {columns.map((column, c) => {
        const text = row.cells[c] ?? '';
        const problem = problemOf(index, c, text);
        const classes = ['data-grid__cell'];
        if (column.numeric) classes.push('data-grid__cell--numeric');
        if (selected && c >= selected.left && c <= selected.right) classes.push('data-grid__cell--selected');
        if (activeCol === c) classes.push('data-grid__cell--active');
        if (problem) classes.push('data-grid__cell--problem');
        if (text !== row.loaded[c]) classes.push('data-grid__cell--changed');
        if (row.locked?.includes(c)) classes.push('data-grid__cell--locked');
        return (
          <div
            key={column.key}
            className={classes.join(' ')}
            style={{ width: column.width }}
            data-col={column.key}
            title={problem ? problemText(problem) : text}
            onMouseDown={(e) => {
              e.preventDefault();
              (e.currentTarget.closest('.data-grid') as HTMLElement | null)?.focus({ preventScroll: true });
              onMouseDown(c, e.shiftKey);
            }}
            onDoubleClick={() => onDoubleClick(c)}
          >
            {display ? display(c, text) : text}
          </div>
        );
      })}
    </div>
  );
});
