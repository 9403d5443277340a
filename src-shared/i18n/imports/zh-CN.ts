// The one import pipeline and its dialog (services/imports/, features/imports/): texts every
// import shares (calendar, benchmarks, later the work log). Chinese (the default); en.ts must
// have exactly the same keys.

export const importsZhCN = {
  imports: {
    /** One problem of a rejected row, in the rejected-rows file and the CLI: 「第 3 行 日期：…」. */
    issue: '第 {{row}} 行 {{field}}：{{message}}',
    problems: '问题',
    rejectedFileName: '{{name}}_未导入的行.csv',
    fieldSeparator: '、',
    pick: '点击或拖入 .csv / .xlsx 文件',
    pickHint: '第一行为表头。Excel 另存的 CSV（UTF-8、GBK 或 UTF-16 编码）和 .xlsx 都可以，最大 {{maxMb}} MB、{{maxRows}} 行。',
    reading: '正在读取文件…',
    fileInfo: '{{fileName}}（{{encoding}}，{{rows}} 行数据）',
    chooseAgain: '换一个文件',
    mapping: '字段对应（已按表头自动匹配，可修改）',
    required: '必填',
    unmapped: '还没有指定这些字段对应的列：{{fields}}',
    notImported: '不导入',
    columnOption: '第 {{n}} 列：{{name}}',
    savedApplied: '已自动套用保存的对应关系「{{name}}」',
    applySaved: '套用保存的对应关系…',
    saveMapping: '保存此对应关系',
    mappingName: '名称',
    mappingNamePlaceholder: '如：公众号后台导出',
    mappingSaved: '已保存对应关系「{{name}}」，下次导入同样表头的文件时自动套用',
    deleteMapping: '删除',
    mappingDeleted: '已删除对应关系「{{name}}」',
    row: '行',
    outcome: { create: '新增', update: '更新', duplicate: '重复', invalid: '有问题' },
    show: { all: '全部 {{count}}', create: '新增 {{count}}', update: '更新 {{count}}', duplicate: '重复 {{count}}', invalid: '有错误 {{count}}' },
    shownFirst: '文件共 {{total}} 行，这里先列出有问题的行，共显示 {{shown}} 行',
    cellIssue: '{{field}}：{{message}}',
    confirm: '导入 {{count}} 行',
    downloadRejected: '下载未导入的行',
    rejectedHint: '未导入的行已另存为文件：原来的列加上「问题」一列，改好后可以直接再导入',
    done: '已导入 {{imported}} 行，重复 {{duplicates}} 行，未导入 {{rejected}} 行',
    close: '完成',
  },
};
