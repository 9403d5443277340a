import type { Messages } from '../messages';
import type { overviewZhCN } from './zh-CN';

export const overviewEn: Messages<typeof overviewZhCN> = {
  overview: {
    nav: 'Overview',
    title: 'Overview',
    today: '{{weekday}}, {{date}}',
    loadFailed: 'The overview could not be read: ',
    more: '{{count}} more',
    viewAll: 'All',
    pushes: { title: "Today's pushes", count: '{{count}}', empty: 'No pushes today.', slot: 'No. {{slot}}', noTime: 'No time set' },
    deadlines: { title: 'Due and overdue', dueToday: 'Due today {{count}}', overdue: 'Overdue {{count}}', empty: 'Nothing is due today or overdue.', late: 'Due {{date}}' },
    week: { title: 'This week', range: '{{from}} - {{to}}', total: '{{count}} in all', open: 'Still to do', empty: 'Nothing left to do this week.' },
    reviews: { title: 'Waiting for review', empty: 'No drafts are waiting for review.', submitted: 'submitted {{time}}', pushOn: 'push on {{date}}', pool: 'no date' },
    activities: {
      title: 'Running and upcoming activities',
      empty: 'No activity is running today or starts within two weeks.',
      startsOn: 'Starts {{date}}',
      phase: { warmup: 'Warm-up', main: 'Main', wrapup: 'Wrap-up' },
      until: '{{phase}} until {{date}}',
      byStatus: 'Running',
      participants: 'Participants',
      newFollowers: 'New followers',
      cost: 'Cost',
    },
    budget: {
      title: 'Costs this month',
      used: 'Spent',
      planned: 'Planned in all',
      share: '{{percent}} used',
      importance: { important: 'Important', normal: 'Normal' },
      empty: 'No costs this month yet.',
    },
    kpis: { title: 'KPIs this month', empty: 'No KPIs yet. Add them to members under Team.', handEntered: 'by hand' },
    concerns: {
      title: 'New follower concerns',
      empty: 'No new concerns.',
      frequency: '{{count}} times',
      category: { product: 'Product', service: 'Service', complaint: 'Complaint', price: 'Price', other: 'Other' },
    },
  },
};
