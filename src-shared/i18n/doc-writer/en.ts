import type { docWriterZhCN } from './zh-CN';
import type { Messages } from '../messages';

export const docWriterEn: Messages<typeof docWriterZhCN> = {
  docWriter: {
    footer: 'Page {{page}} of {{pages}}',
    coverLine: '{{label}}: {{value}}',
    withUnit: '{{title}} ({{unit}})',
    emptyTable: 'No data yet',
  },
};
