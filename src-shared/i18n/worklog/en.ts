import type { Messages } from '../messages';
import type { worklogZhCN } from './zh-CN';

// The work log: quick entry, the week's entries, the timesheet, time by category and person.
// English; the type makes a missing or extra key a compile error.

export const worklogEn: Messages<typeof worklogZhCN> = {
  worklog: {
    title: 'Work log',
    categories: { writing: 'Writing', design: 'Design', support: 'Support', promotion: 'Promotion', data: 'Data analysis', meeting: 'Meetings', community: 'Community', activity: 'Activities', other: 'Other' },
    linkKinds: { calendar: 'Plan', article: 'Article', activity: 'Activity', concern: 'Concern' },
    fields: { date: 'Date', member: 'Member', category: 'Category', duration: 'Time', note: 'Note', link: 'Linked to' },
    duration: { hm: '{{hours}} h {{minutes}} min', h: '{{hours}} h', m: '{{minutes}} min', preview: '= {{text}}', bad: 'Cannot read "{{value}}": type 90, 1.5h, 1h30m or 1:30' },
    member: { hourlyCost: 'Hourly cost', hourlyCostHint: 'Time logged in the work log × this = the cost of their time; leave empty to not count it', hourlyCostEmpty: 'Not set' },
    cli: {
      done_one: 'Imported {{imported}} entry (skipped as duplicates: {{duplicates}}, rejected: {{rejected}}).',
      done_other: 'Imported {{imported}} entries (skipped as duplicates: {{duplicates}}, rejected: {{rejected}}).',
      dryRun_one: 'Dry run: {{importable}} entry would be imported (duplicates: {{duplicates}}, rejected: {{rejected}}); nothing was written.',
      dryRun_other: 'Dry run: {{importable}} entries would be imported (duplicates: {{duplicates}}, rejected: {{rejected}}); nothing was written.',
      exported_one: 'Exported {{count}} work-log entry of {{from}} to {{to}} to {{path}}',
      exported_other: 'Exported {{count}} work-log entries of {{from}} to {{to}} to {{path}}',
      importHelp: `opsbench import worklog FILE [--dry-run] [--rejected FILE]

Imports a .csv (UTF-8 or GBK) or .xlsx file into the work log, matching the header: date, member (a
name in the team), category (writing, design, support, promotion, data analysis, meetings, community,
activities, other), time (90, 1.5h, 1h30m, 1:30), note, linked item (e.g. "Activity: name"). Rows with
problems are listed on stderr and skipped; entries already logged are skipped too, so importing the
same file twice adds nothing. A backup is made before writing. Exits 1 when rows were rejected and
nothing was imported.

Options:
  --dry-run                only check the file and print what would be imported
  --rejected FILE          write the rejected rows as a CSV (UTF-8 with a BOM) that imports once fixed`,
      exportHelp: `opsbench export worklog --from YYYY-MM-DD --to YYYY-MM-DD [--format xlsx|csv] [--out FILE]

Writes the work log of a date range as an Excel workbook or a CSV (UTF-8 with a BOM), in the columns
the import reads, and prints how many entries it wrote.

Options:
  --format FORMAT          xlsx (default; csv when --out ends in .csv)
  --out FILE               where to write (default: 工作日志_<from>_<to>.<format> in this folder)`,
    },
    tabs: { entries: 'Entries', timesheet: 'Timesheet', stats: 'Statistics' },
    entry: {
      heading: 'Quick entry',
      hint: 'Enter saves; then type the next one',
      memberPlaceholder: 'Who',
      minutesPlaceholder: 'Time, e.g. 90 / 1.5h',
      notePlaceholder: 'What was done',
      linkPlaceholder: 'Link a plan item, article, activity… (optional)',
      save: 'Log',
      saved: 'Logged {{text}}',
      noMember: 'Add members under Team first',
    },
    week: {
      label: '{{from}} to {{to}}',
      previous: 'Previous week',
      next: 'Next week',
      thisWeek: 'This week',
      total: 'Week total {{text}}',
    },
    list: {
      empty: 'Nothing logged this week. Type a time in the quick entry above and press Enter.',
      edit: 'Edit',
      remove: 'Delete',
      deleted: 'Entry deleted',
      editTitle: 'Edit entry',
    },
    timesheet: { member: 'Member', total: 'Total', dayTotal: 'Day total', empty: 'Nobody logged time this week', hours: '{{hours}} h' },
    stats: {
      range: 'Range',
      total: 'Total time',
      cost: 'Cost of time',
      costHint: 'Time × the member’s hourly cost (set under Team)',
      byCategory: 'By category',
      byMember: 'By member',
      hourlyCost: 'Hourly cost',
      noCost: 'No hourly cost',
      empty: 'Nothing logged in this range',
      minutes: 'Time',
    },
    export: { button: 'Export', minutesHeader: 'Time (minutes)', fileName: 'Work log', sheet: 'Work log', xlsx: 'Excel (.xlsx)', csv: 'CSV (.csv)', done: 'Exported {{name}}' },
    import: { button: 'Import', title: 'Import the work log', confirm: 'Import {{count}} entries', done: 'Imported {{created}}, {{duplicates}} duplicates, {{invalid}} with problems' },
  },
};
