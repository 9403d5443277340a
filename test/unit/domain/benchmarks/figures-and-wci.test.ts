import { describe, expect, it } from 'vitest';
import { combineFigures, figuresFromPosts, periodFigures } from '../../../../src-shared/domain/benchmarks/figures';
import { median, TEN_WAN_PLUS } from '../../../../src-shared/domain/benchmarks/numbers';
import { percentChange, wciRanks } from '../../../../src-shared/domain/benchmarks/wci';

const post = (position: number, reads: number | null) => ({ position, reads, zaikan: null, likes: 1, shares: null });

describe('a period’s figures', () => {
  it('come from its articles when any are known: totals, headline totals and maxima, 10万+ kept', () => {
    const figures = periodFigures({ followers: 500 } as never, [post(1, TEN_WAN_PLUS), post(2, 300), post(1, null)]);
    expect(figures).toMatchObject({ derived: true, followers: 500, articles: 3, reads: 100301, readsHeadline: TEN_WAN_PLUS, readsMax: TEN_WAN_PLUS, zaikan: null, likes: 3, likesHeadline: 2 });
  });

  it('are the entered ones without articles, with followers falling back to 用户分析 when not entered', () => {
    expect(combineFigures({ reads: 900, followers: null }, undefined, 1234)).toMatchObject({ derived: false, reads: 900, followers: 1234, articles: null });
    expect(combineFigures({ followers: 10 }, { ...figuresFromPosts([]), articles: 0 }, 99)).toMatchObject({ derived: false, followers: 10, reads: null });
    expect(combineFigures(undefined, undefined)).toMatchObject({ derived: false, followers: null, reads: null });
  });

  it('are the entered ones when the entry counts more articles than are known (the known ones are a sample)', () => {
    const oneOfSeven = figuresFromPosts([post(1, 16_000)]);
    expect(combineFigures({ articles: 7, reads: 12_000, followers: 900 }, oneOfSeven)).toMatchObject({ derived: false, articles: 7, reads: 12_000, followers: 900 });
    // As many or more known than entered: the articles are the period.
    expect(combineFigures({ articles: 1, reads: 12_000 }, oneOfSeven)).toMatchObject({ derived: true, articles: 1, reads: 16_000 });
  });

  it('give a headline total of 0, not null, when reads are known but no headline has them', () => {
    expect(figuresFromPosts([post(2, 300)])).toMatchObject({ reads: 300, readsHeadline: 0 });
  });
});

describe('ranks, changes and medians', () => {
  it('ranks the best WCI first, ties sharing a rank, unknown last and unranked', () => {
    expect(wciRanks([10, null, 30, 10, 5])).toEqual([2, null, 1, 2, 4]);
  });

  it('gives a change in percent only against a known, non-zero previous value', () => {
    expect(percentChange(150, 100)).toBe(50);
    expect(percentChange(50, 100)).toBe(-50);
    expect(percentChange(50, 0)).toBeNull();
    expect(percentChange(null, 10)).toBeNull();
    expect(percentChange(10, undefined)).toBeNull();
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
