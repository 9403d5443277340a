import type { Messages } from '../messages';
import type { importsZhCN } from './zh-CN';

// The one import pipeline and its dialog, in English; the type makes a missing or extra key a
// compile error.

export const importsEn: Messages<typeof importsZhCN> = {
  imports: {
    issue: 'Row {{row}} {{field}}: {{message}}',
    problems: 'Problems',
    rejectedFileName: '{{name}}_rejected-rows.csv',
    fieldSeparator: ', ',
    pick: 'Click or drop a .csv / .xlsx file',
    pickHint: 'The first row is the header. CSV saved by Excel (UTF-8, GBK or UTF-16) and .xlsx both work, up to {{maxMb}} MB and {{maxRows}} rows.',
    reading: 'Reading the file…',
    fileInfo: '{{fileName}} ({{encoding}}, {{rows}} data rows)',
    chooseAgain: 'Choose another file',
    mapping: 'Columns (matched from the header; you can change them)',
    required: 'required',
    unmapped: 'Choose the columns of these fields first: {{fields}}',
    notImported: 'Not imported',
    columnOption: 'Column {{n}}: {{name}}',
    savedApplied: 'Applied the saved column mapping "{{name}}"',
    applySaved: 'Apply a saved mapping…',
    saveMapping: 'Save this mapping',
    mappingName: 'Name',
    mappingNamePlaceholder: 'e.g. WeChat backend export',
    mappingSaved: 'Saved the mapping "{{name}}"; files with the same header get it automatically',
    deleteMapping: 'Delete',
    mappingDeleted: 'Deleted the mapping "{{name}}"',
    row: 'Row',
    outcome: { create: 'New', update: 'Update', duplicate: 'Duplicate', invalid: 'Problem' },
    show: { all: 'All {{count}}', create: 'New {{count}}', update: 'Updates {{count}}', duplicate: 'Duplicates {{count}}', invalid: 'Problems {{count}}' },
    shownFirst: 'The file has {{total}} rows; rows with problems come first, {{shown}} rows are shown',
    cellIssue: '{{field}}: {{message}}',
    confirm: 'Import {{count}} rows',
    downloadRejected: 'Download the rows not imported',
    rejectedHint: 'The rows not imported are in a file: the original columns plus “问题” (problems); fix them and import that file again',
    done: 'Imported {{imported}} rows; {{duplicates}} duplicates, {{rejected}} not imported',
    close: 'Done',
  },
};
