import type { planDocZhCN } from './zh-CN';
import type { Messages } from '../messages';

export const planDocEn: Messages<typeof planDocZhCN> = {
  planDoc: {
    defaultTitle: '{{company}} new-media marketing plan ({{period}})',
    period: { quarter: 'Q{{n}} {{year}}', half: { h1: 'H1 {{year}}', h2: 'H2 {{year}}' }, custom: '{{start}} to {{end}}' },
    cover: { subtitle: 'New-media marketing plan', company: 'Prepared by', author: 'Author', date: 'Date', period: 'Period' },
    toc: 'Contents',
    noData: 'No data yet',
    operatorNote: 'Notes',
    section: {
      competitors: 'Competitor analysis',
      value: 'What the official account brings {{company}}',
      activities: 'Activities',
      concerns: 'What customers care about most',
      operations: 'Account operation plan',
      staff: 'Staff assignments',
      growth: 'Growth plan',
    },
  },
};
