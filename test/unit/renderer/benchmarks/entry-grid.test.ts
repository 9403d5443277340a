import { describe, expect, it } from 'vitest';
import {
  blankRow,
  collectPosts,
  collectSnapshots,
  isLocked,
  pasteBlock,
  postColumns,
  postRows,
  problemsOfIssues,
  readDateTime,
  readPosition,
  snapshotRows,
  SNAPSHOT_COLUMNS,
} from '../../../../src-renderer/features/benchmarks/entry/grid-model';
import type { Post, Snapshot } from '../../../../src-shared/contract/benchmarks';
import { translate } from '../../../../src-shared/i18n';
import { parseTsv, toTsv } from '../../../../src-renderer/features/benchmarks/entry/tsv';

const WIDTH = SNAPSHOT_COLUMNS.length;

describe('a block copied from Excel', () => {
  it('reads rows and cells, quoted cells with tabs, line breaks and quotes, and no empty last row', () => {
    expect(parseTsv('1.2万\t5\r\n12 345\t3\r\n')).toEqual([
      ['1.2万', '5'],
      ['12 345', '3'],
    ]);
    expect(parseTsv('"a\tb"\t"say ""hi""\nthere"\tc\n')).toEqual([['a\tb', 'say "hi"\nthere', 'c']]);
    expect(parseTsv('x\t\ty')).toEqual([['x', '', 'y']]);
    const block = [
      ['a"b', 'c\td'],
      ['', 'e'],
    ];
    expect(parseTsv(toTsv(block))).toEqual(block);
  });

  it('fills right and down from the active cell, adds rows as needed and drops what is right of the last column', () => {
    const rows = [blankRow(3), blankRow(3)];
    const {
      rows: next,
      height,
      blockWidth,
    } = pasteBlock(
      rows,
      { row: 1, col: 1 },
      [
        ['1', '2', '3'],
        ['4', '5', '6'],
        ['7', '8', '9'],
      ],
      3,
    );
    expect(next.map((r) => r.cells)).toEqual([
      ['', '', ''],
      ['', '1', '2'],
      ['', '4', '5'],
      ['', '7', '8'],
    ]);
    expect([height, blockWidth]).toEqual([3, 2]);
    // The rows before were not changed in place.
    expect(rows[1]!.cells).toEqual(['', '', '']);
  });
});

describe('cells as people write them', () => {
  it('reads publishing times and positions as Excel and the tools write them', () => {
    expect(readDateTime('2026/11/3 20:30')).toBe('2026-11-03 20:30');
    expect(readDateTime('2026-11-03 8:05:00')).toBe('2026-11-03 08:05');
    expect(readDateTime('2026年11月3日')).toBe('2026-11-03');
    expect(readDateTime('2026-02-30')).toBeUndefined();
    expect([readPosition('头条'), readPosition('次条'), readPosition('第3条'), readPosition('五条'), readPosition('9')]).toEqual([1, 2, 3, 5, undefined]);
  });

  it('turns changed rows into snapshot inputs (1.2万, 10万+, 12 345), refuses a cell that is not a number with its message, and leaves untouched empty figures out', () => {
    const rows = snapshotRows(['2026-11-01', '2026-11-08', '2026-11-15'], []);
    const { rows: pasted } = pasteBlock(
      rows,
      { row: 0, col: 1 },
      [
        ['1.2万', '5', '10万+'],
        ['12 345', '3', '很多'],
        ['2026', '', ''],
      ],
      WIDTH,
    );
    const collected = collectSnapshots(pasted, 'peer-1', 'week');
    expect(collected.inputs).toEqual([
      { accountId: 'peer-1', period: { kind: 'week', start: '2026-11-01' }, followers: 12000, articles: 5, reads: 100001 },
      { accountId: 'peer-1', period: { kind: 'week', start: '2026-11-15' }, followers: 2026 },
    ]);
    expect(collected.rowOf).toEqual([0, 2]);
    expect(collected.problems.get(1)?.get('reads')).toEqual({ message: 'benchEntry.problems.notNumber', params: { value: '很多' } });
  });

  it('sends a cleared figure as not known, and cleans control characters out of titles', () => {
    const rows = snapshotRows(['2026-11-01'], []);
    rows[0] = { ...rows[0]!, loaded: rows[0]!.cells.map((c, i) => (i === 1 ? '500' : c)) };
    expect(collectSnapshots(rows, 'a', 'week').inputs[0]).toEqual({ accountId: 'a', period: { kind: 'week', start: '2026-11-01' }, followers: null });

    const post = pasteBlock([blankRow(9)], { row: 0, col: 0 }, [['2026/11/3 20:30', '头条', '周末去哪儿🎉\u0007', '', '', '10万+', '', '', '']], 9).rows;
    expect(collectPosts(post, 'a', false, 'week').inputs[0]).toMatchObject({ publishedAt: '2026-11-03 20:30', position: 1, title: '周末去哪儿🎉', reads: 100001, zaikan: null });
  });

  it('puts the server’s issues on the cells of the grid rows they came from', () => {
    const problems = problemsOfIssues(
      [
        { path: ['rows', 1, 'title'], message: 'validation.brokenText' },
        { path: ['rows', 0, 'period', 'start'], message: 'validation.benchmarks.periodStart' },
      ],
      [4, 9],
      'period',
    );
    expect(problems.get(9)?.get('title')?.message).toBe('validation.brokenText');
    expect(problems.get(4)?.get('period')?.message).toBe('validation.benchmarks.periodStart');
  });
});

describe('a stored article or period', () => {
  const stored = {
    id: 'post-1',
    accountId: 'acc-1',
    publishedAt: '2026-11-03 20:30',
    position: 1,
    title: '周末去哪儿',
    url: '',
    kind: '',
    reads: 1200,
    zaikan: null,
    likes: null,
    shares: null,
    newFollowersDay1: null,
    newFollowersDay7: null,
  } as unknown as Post;

  it('keeps the cells that name it (time, position, title) when a block is pasted over them, says how many, and still takes its figures', () => {
    const rows = postRows([stored], false);
    const columns = postColumns(false);
    const title = columns.findIndex((c) => c.key === 'title');
    const reads = columns.findIndex((c) => c.key === 'reads');
    expect(isLocked(rows[0], title)).toBe(true);
    expect(isLocked(rows[0], reads)).toBe(false);
    const { rows: next, skipped } = pasteBlock(rows, { row: 0, col: title }, [['另一个标题', '', '', '2000']], columns.length);
    expect(next[0]!.cells[title]).toBe('周末去哪儿');
    expect(next[0]!.cells[reads]).toBe('2000');
    expect(skipped).toBe(1);
    // The article is sent under its own key: no second article.
    const collected = collectPosts(next, 'acc-1', false, 'week');
    expect(collected.inputs).toHaveLength(1);
    expect(collected.inputs[0]).toMatchObject({ publishedAt: '2026-11-03 20:30', position: 1, title: '周末去哪儿', reads: 2000 });
    // Why, in both languages.
    expect(translate('zh-CN', 'benchEntry.lockedPost', { count: skipped })).toContain('不能改发布时间、位置、标题');
    expect(translate('en', 'benchEntry.lockedPost', { count: skipped })).toContain('cannot change');
  });

  it('leaves new rows and periods with no figures stored editable, and locks a stored period', () => {
    expect(isLocked(blankRow(9), 0)).toBe(false);
    const rows = snapshotRows(['2026-11-01', '2026-11-08'], [{ id: 's-1', period: { kind: 'week', start: '2026-11-01' } } as unknown as Snapshot]);
    expect([isLocked(rows[0], 0), isLocked(rows[1], 0), isLocked(rows[0], 1)]).toEqual([true, false, false]);
    expect(pasteBlock(rows, { row: 0, col: 0 }, [['2026-11-15']], WIDTH).rows[0]!.cells[0]).toBe('2026-11-01');
  });
});
