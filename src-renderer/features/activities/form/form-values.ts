import { ACTIVITY_PHASES, type Activity, type ActivityInput, type PhaseInput } from '../../../../src-shared/contract/activities';

/** Days after the activity at which unfollows are counted, when the operator says nothing else. */
export const DEFAULT_UNFOLLOW_DAYS = 7;

/** What the form starts from: a new activity's defaults, or the activity's own values. */
export function initialOf(activity: Activity | null): ActivityInput {
  if (!activity)
    return {
      name: '',
      purpose: 'fission',
      mechanic: '',
      status: 'planned',
      goal: '',
      plan: '',
      reachChannels: [],
      ownerId: null,
      accountIds: [],
      phases: [],
      participants: 0,
      newFollowers: 0,
      unfollows: 0,
      unfollowDays: DEFAULT_UNFOLLOW_DAYS,
      conversions: 0,
      revenueFen: 0,
      valuePerFollowerFen: 0,
      lessons: '',
      images: [],
    };
  const { name, purpose, mechanic, status, goal, plan, reachChannels, ownerId, accountIds, participants, newFollowers, unfollows, unfollowDays, conversions, revenueFen, valuePerFollowerFen, lessons, images } = activity;
  const phases = activity.phases.map(({ phase, startDate, endDate, notes }) => ({ phase, startDate, endDate, notes }));
  return { name, purpose, mechanic, status, goal, plan, reachChannels, ownerId, accountIds, phases, participants, newFollowers, unfollows, unfollowDays, conversions, revenueFen, valuePerFollowerFen, lessons, images };
}

export type PhaseName = (typeof ACTIVITY_PHASES)[number];
type PhasePatch = Partial<Omit<PhaseInput, 'phase'>>;

/**
 * The phases after one phase's fields change. A phase exists while it has a date or a note; a date
 * picked with its partner empty fills both (a one-day phase, the commonest start). The list keeps
 * 预热 · 正式 · 收尾 order, so an issue's index (`phases.1.endDate`) finds its field.
 */
export function withPhase(phases: readonly PhaseInput[], name: PhaseName, patch: PhasePatch): PhaseInput[] {
  const before = phases.find((p) => p.phase === name) ?? { phase: name, startDate: '', endDate: '', notes: '' };
  const next = { ...before, ...patch };
  if (patch.startDate && !before.endDate) next.endDate = patch.startDate;
  if (patch.endDate && !before.startDate) next.startDate = patch.endDate;
  const empty = !next.startDate && !next.endDate && !next.notes;
  const others = phases.filter((p) => p.phase !== name);
  const all = empty ? others : [...others, next];
  return all.sort((a, b) => ACTIVITY_PHASES.indexOf(a.phase) - ACTIVITY_PHASES.indexOf(b.phase));
}
