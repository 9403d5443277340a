import type { Messages } from '../messages';
import type { appraisalZhCN } from './zh-CN';

export const appraisalEn: Messages<typeof appraisalZhCN> = {
  appraisal: {
    tabs: { members: 'Members', appraisal: 'Appraisal' },
    title: 'Appraisal',
    month: '{{month}}/{{year}}',
    previous: 'Previous month',
    next: 'Next month',
    thisMonth: 'This month',
    pace: '{{percent}} of the month has gone by: the mark on each bar is where a KPI on pace would be by now; KPIs below it are red',
    paceDone: 'The month is over: held to the whole target',
    paceAhead: 'The month has not started yet',
    member: 'Member',
    kpi: 'KPI',
    progress: 'Progress',
    actualOfTarget: '{{actual}} / {{target}} {{unit}}',
    handEntered: 'Appraised by hand: target {{target}} {{unit}}',
    behind: 'Behind pace',
    empty: 'No KPIs yet. Edit a member under Members, add KPIs and choose what each is computed from.',
    metricLabel: 'Computed from',
    metric: {
      '': 'Entered by hand',
      articles: 'Articles published',
      reads: 'Reads of articles',
      hours: 'Hours logged',
      activities: 'Activities owned',
      new_followers: 'New followers from activities',
    },
    notes: {
      title: 'How the figures are computed',
      articles: 'Articles published: calendar items dated in the month, status Published, owned by the member.',
      reads:
        "Reads of articles: the Benchmarks figures of own accounts' articles published in the month, counted only where the import linked the article to a calendar item, for that item's owner; an article without a linked item has no known writer and is left out.",
      hours: 'Hours logged: the minutes the member logged in the work log in the month, divided by 60.',
      activities: "Activities owned: activities the member owns that are not cancelled and have a phase (warm-up, main, wrap-up) in the month; their new followers are the activities' recorded new followers.",
    },
  },
};
