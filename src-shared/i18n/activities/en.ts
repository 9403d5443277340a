import type { Messages } from '../messages';
import type { activitiesZhCN } from './zh-CN';
import { activitiesScreenEn } from './screen-en';

// Activities (活动): purposes, mechanics, phases, statuses and their spans on the calendar.
// English; the type makes a missing or extra key a compile error.

export const activitiesEn: Messages<typeof activitiesZhCN> = {
  activities: {
    // The screen's own texts (list, form, page, budget lines, 实施表).
    ...activitiesScreenEn,
    purpose: { fission: 'Growth (fission)', retention: 'Retention', engagement: 'Engagement', conversion: 'Conversion' },
    mechanic: {
      bargain: 'Bargain',
      group_buy: 'Group buy',
      lottery: 'Lucky draw',
      distribution: 'Referral sales',
      check_in: 'Daily check-in',
      points: 'Points',
      red_packet: 'Red packets',
      flash_sale: 'Flash sale',
      trial: 'Product trial',
      live: 'Live stream',
      offline: 'Offline event',
      moments: 'Moments sharing',
    },
    phase: { warmup: 'Warm-up', main: 'Main', wrapup: 'Wrap-up' },
    status: { planned: 'Planned', running: 'Running', done: 'Finished', cancelled: 'Cancelled' },
    span: {
      label: '{{phase}} · {{name}}',
      title: '{{phase}} · {{name}} ({{start}} to {{end}})',
      more: '+{{count}}',
      moreTitle_one: '{{count}} more activity phase',
      moreTitle_other: '{{count}} more activity phases',
      dayMark_one: '{{count}} activity phase this day',
      dayMark_other: '{{count}} activity phases this day',
    },
  },
};
