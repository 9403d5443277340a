import type { Messages } from '../messages';
import type { costsZhCN } from './zh-CN';

// The cost list (费用): items, totals, the .xlsx export and its CLI command.
// English; the type makes a missing or extra key a compile error.

export const costsEn: Messages<typeof costsZhCN> = {
  costs: {
    title: 'Costs',
    create: 'Add cost',
    created: 'Added "{{name}}"',
    deleted_one: 'Deleted {{count}} cost line',
    deleted_other: 'Deleted {{count}} cost lines',
    deleteSelected: 'Delete selected ({{count}})',
    empty: 'No costs in this period yet. Click "Add cost" to record tools, prizes, design work, ads and other spending, marked important or normal.',
    noMatch: 'No costs match',
    exportXlsx: 'Export .xlsx',
    exported: 'Exported {{fileName}}',
    category: { tools: 'Tools/systems', prizes: 'Prizes', design: 'Design/outsourcing', ads: 'Ads', agency: 'Agency', training: 'Training', other: 'Other' },
    importance: { important: 'Important', normal: 'Normal' },
    periodItem: 'Period item',
    filter: {
      month: 'Month',
      quarter: 'Quarter',
      range: 'Custom',
      allCategories: 'All categories',
      allImportances: 'Any importance',
      allLines: 'All (activities and period)',
      periodOnly: 'Period items only',
      activities: 'Activities',
      previous: 'Previous period',
      next: 'Next period',
      monthFormat: 'MMM YYYY',
      quarterFormat: '[Q]Q YYYY',
    },
    columns: {
      date: 'Date',
      name: 'Name',
      category: 'Category',
      activity: 'Activity',
      unit: 'Unit price',
      quantity: 'Qty',
      amount: 'Amount',
      importance: 'Importance',
      paid: 'Paid',
      department: 'Department',
      actions: 'Actions',
    },
    paid: { yes: 'Paid', no: 'Unpaid' },
    totals: {
      title: 'Totals',
      total: 'Total',
      count: '{{count}} lines',
      paid: 'Paid',
      planned: 'Unpaid (planned)',
      byCategory: 'By category',
      byImportance: 'By importance',
      byMonth: 'By month',
    },
    form: {
      createTitle: 'Add cost',
      editTitle: 'Edit cost',
      date: 'Date',
      name: 'Name',
      namePlaceholder: 'e.g. Xiumi yearly plan, lucky-draw prizes',
      category: 'Category',
      activity: 'Activity',
      activityPlaceholder: 'None: a period item (tools, training …)',
      unit: 'Unit price',
      unitHint: 'Write ¥1,234.5, 1.2万 or -300 (a refund is negative)',
      quantity: 'Quantity',
      amount: 'Amount: {{amount}}',
      importance: 'Importance',
      paid: 'Paid',
      department: 'Department to help',
      departmentPlaceholder: 'e.g. Finance, Marketing',
      notes: 'Notes',
    },
    export: {
      fileName: 'Costs_{{from}}_{{to}}',
      sheet: 'Costs',
      summarySheet: 'Summary',
      total: 'Total',
      yes: 'Yes',
      no: 'No',
      headers: {
        date: 'Date',
        name: 'Name',
        category: 'Category',
        activity: 'Activity',
        unit: 'Unit price',
        quantity: 'Quantity',
        amount: 'Amount',
        importance: 'Important/normal',
        paid: 'Paid',
        department: 'Department',
        notes: 'Notes',
      },
      summaryHeaders: { group: 'Group', item: 'Item', count: 'Lines', amount: 'Amount' },
      byCategory: 'By category',
      byImportance: 'By importance',
    },
    cli: {
      help: `opsbench export costs --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE.xlsx]

Writes the costs between the two dates as an Excel workbook: the first sheet lists each line (date, name, category, activity, unit price, quantity, amount, important/normal) and ends with a total row; the second sums them by category and importance. Opens the workspace read-only, so it works while the app is open.

Options:
  --from DATE              first day, YYYY-MM-DD (included)
  --to DATE                last day, YYYY-MM-DD (included)
  --out FILE               where to write (default: 费用清单_<from>_<to>.xlsx in the current folder)`,
      needRange: '{{command}} needs --from YYYY-MM-DD and --to YYYY-MM-DD',
      badDate: '"{{value}}" is not a date; write it like 2026-11-01',
      badRange: 'The end date {{to}} is before the start date {{from}}',
      exported_one: 'Exported the costs of {{from}} to {{to}} ({{count}} line, total {{total}}): {{path}}',
      exported_other: 'Exported the costs of {{from}} to {{to}} ({{count}} lines, total {{total}}): {{path}}',
    },
  },
};
