import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../../src-renderer/lib/router';
import { withPhase } from '../../../../src-renderer/features/activities/form/form-values';
import { formatRatio } from '../../../../src-renderer/features/activities/labels';
import { activitiesRouteDef, activityHref, planHref } from '../../../../src-renderer/features/activities/route';

describe('the activity form’s phases', () => {
  it('fills the end with the start when a phase gets its first date, so a one-day phase needs one pick', () => {
    expect(withPhase([], 'main', { startDate: '2026-12-06' })).toEqual([{ phase: 'main', startDate: '2026-12-06', endDate: '2026-12-06', notes: '' }]);
  });

  it('keeps an end before the start as typed, for the field to say what is wrong', () => {
    const phases = withPhase(withPhase([], 'main', { startDate: '2026-12-10' }), 'main', { endDate: '2026-12-05' });
    expect(phases).toEqual([{ phase: 'main', startDate: '2026-12-10', endDate: '2026-12-05', notes: '' }]);
  });

  it('keeps 预热 · 正式 · 收尾 order whatever order they are filled in, and drops a phase emptied of dates and notes', () => {
    let phases = withPhase([], 'wrapup', { startDate: '2026-12-20' });
    phases = withPhase(phases, 'warmup', { startDate: '2026-12-01' });
    phases = withPhase(phases, 'main', { notes: '正式开团' });
    expect(phases.map((p) => p.phase)).toEqual(['warmup', 'main', 'wrapup']);
    expect(withPhase(phases, 'wrapup', { startDate: '', endDate: '' }).map((p) => p.phase)).toEqual(['warmup', 'main']);
  });
});

describe('the activities screen’s addresses', () => {
  const parse = (hash: string) => activitiesRouteDef.parse(placeOf(hash));

  it('tells the list, an activity’s page and a month’s implementation table apart, and writes them back', () => {
    expect(parse('#/activities?status=running')).toMatchObject({ tab: 'list', activityId: null, query: { status: 'running' } });
    expect(parse(activityHref('a1'))).toMatchObject({ tab: 'list', activityId: 'a1' });
    expect(parse(planHref('2026-12'))).toMatchObject({ tab: 'plan', activityId: null, query: { month: '2026-12' } });
    expect(planHref('2026-12')).toBe('#/activities/plan?month=2026-12');
    expect(parse('#/benchmarks')).toBeNull();
  });
});

describe('ratios', () => {
  it('reads ROI and retention as percentages, and no ratio as a dash', () => {
    expect(formatRatio(3)).toBe('300%');
    expect(formatRatio(-0.125)).toBe('-12.5%');
    expect(formatRatio(null)).toBe('—');
  });
});
