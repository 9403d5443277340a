import type { Messages } from '../messages';
import type { holidaysZhCN } from './zh-CN';

// 节假日安排 in 设置: each year's source and the pasted State Council notice.
// English; the type makes a missing or extra key a compile error.

export const holidaysEn: Messages<typeof holidaysZhCN> = {
  holidays: {
    title: 'Holidays',
    hint: "The calendar's days off and make-up workdays come from here. The State Council publishes next year's schedule in November or December; paste its notice here once it is out.",
    columns: { year: 'Year', source: 'Source' },
    source: { entered: 'Entered', imported: 'Imported', builtin: 'Built in', estimated: 'Estimated (not published yet)' },
    paste: "Paste the State Council's notice",
    remove: 'Remove entries',
    removeConfirm: 'Remove the schedule entered for {{year}}?',
    removeConfirmHint: 'The calendar falls back to the built-in data or the estimate from the statutory holidays.',
    removed: 'Removed the entries of {{year}}',
    saved: 'Saved the holiday schedule of {{year}}',
    modal: {
      title: "Paste the State Council's notice for {{year}}",
      placeholder: 'Paste the text of "国务院办公厅关于{{year}}年部分节假日安排的通知", e.g.\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
      preview: 'What was read',
      empty: 'Nothing read yet',
      unread: 'These lines gave no dates and are not saved:',
      otherYear: 'This notice is for {{notice}}, not {{year}}',
      columns: { start: 'Start', end: 'End', kind: 'Off/Work', name: 'Name', issue: 'Problem' },
      kind: { off: 'Off', work: 'Work' },
    },
  },
};
