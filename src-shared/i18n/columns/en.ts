import type { Messages } from '../messages';
import type { columnsZhCN } from './zh-CN';

// Columns (栏目) and their cadence (更新节奏).
// English; the type makes a missing or extra key a compile error.

export const columnsEn: Messages<typeof columnsZhCN> = {
  columns: {
    create: 'New column',
    deleted: 'Deleted the column "{{name}}"',
    deleteConfirm: 'Delete the column "{{name}}"?',
    empty: 'This account has no columns yet. A column is a recurring series such as "New arrivals every Tuesday"; the custom menu can point at columns.',
    moveUp: 'Move up',
    moveDown: 'Move down',
    form: {
      createTitle: 'New column',
      editTitle: 'Edit column',
      name: 'Column name',
      purpose: 'Purpose',
      purposePlaceholder: 'e.g. traffic, brand story, promotions',
      cadence: 'Cadence',
      owner: 'Owner',
    },
    limits: {
      overMonthly: "With this cadence the account's columns push {{count}} times in some months, more than the {{max}} pushes a month a service account can send",
    },
  },
  cadence: {
    kind: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', irregular: 'Irregular' },
    daily: 'Daily',
    irregular: 'Irregular',
    weeklyOn: 'Every {{days}}',
    monthlyOn: 'Monthly on day {{days}}',
    monthDay: '{{day}}',
    separator: ', ',
    pickDays: 'Pick days',
    weekday: { '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat', '7': 'Sun' },
  },
};
