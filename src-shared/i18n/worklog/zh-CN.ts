// The work log (工作日志): quick entry, the week's entries, the timesheet, time by category and person.
// Chinese (the default); en.ts must have exactly the same keys.

export const worklogZhCN = {
  worklog: {
    title: '日志',
    categories: { writing: '写稿', design: '设计', support: '客服', promotion: '推广', data: '数据分析', meeting: '会议', community: '社群', activity: '活动', other: '其他' },
    linkKinds: { calendar: '排期', article: '稿件', activity: '活动', concern: '关注点' },
    fields: { date: '日期', member: '成员', category: '类别', duration: '时长', note: '备注', link: '关联' },
    duration: { hm: '{{hours}} 小时 {{minutes}} 分', h: '{{hours}} 小时', m: '{{minutes}} 分钟', preview: '= {{text}}', bad: '看不懂「{{value}}」：可写 90、1.5h、1h30m、1小时30分 或 1:30' },
    member: { hourlyCost: '时薪', hourlyCostHint: '工作日志里记录的时长 × 时薪 = 人力成本；不填则不计', hourlyCostEmpty: '未填写' },
    cli: {
      done_one: '已导入 {{imported}} 条记录（跳过重复 {{duplicates}} 条，有错误 {{rejected}} 条）。',
      done_other: '已导入 {{imported}} 条记录（跳过重复 {{duplicates}} 条，有错误 {{rejected}} 条）。',
      dryRun_one: '试运行：可导入 {{importable}} 条记录（重复 {{duplicates}} 条，有错误 {{rejected}} 条），没有写入任何数据。',
      dryRun_other: '试运行：可导入 {{importable}} 条记录（重复 {{duplicates}} 条，有错误 {{rejected}} 条），没有写入任何数据。',
      exported_one: '已导出 {{from}} 至 {{to}} 的 {{count}} 条工作日志到 {{path}}',
      exported_other: '已导出 {{from}} 至 {{to}} 的 {{count}} 条工作日志到 {{path}}',
      importHelp: `opsbench import worklog 文件 [--dry-run] [--rejected 文件]

把 .csv（UTF-8 或 GBK）或 .xlsx 文件导入工作日志，按表头对应：日期、成员（团队里的姓名）、类别（写稿、
设计、客服、推广、数据分析、会议、社群、活动、其他）、时长（90、1.5h、1小时30分、1:30）、备注、关联
（如「活动：双11拼团」）。有错误的行在 stderr 列出原因并跳过；已有的记录也跳过，所以同一个文件导入两次
不会多出任何内容。写入前先备份。一行也没能导入且有错误行时，退出码为 1。

选项：
  --dry-run                只检查文件，打印能导入多少，不写入
  --rejected 文件          把有错误的行写成 CSV（UTF-8 带 BOM，Excel 可直接打开），改好后可再导入`,
      exportHelp: `opsbench export worklog --from YYYY-MM-DD --to YYYY-MM-DD [--format xlsx|csv] [--out 文件]

把一段日期内的工作日志写成 Excel 工作簿或 CSV（UTF-8 带 BOM），列与导入相同，打印导出的条数。

选项：
  --format 格式            xlsx（默认；--out 以 .csv 结尾时为 csv）
  --out 文件               写到哪里（默认：当前文件夹下的 工作日志_<from>_<to>.<格式>）`,
    },
    tabs: { entries: '记录', timesheet: '周表', stats: '统计' },
    entry: {
      heading: '快速记录',
      hint: '回车保存，保存后可直接记下一条',
      memberPlaceholder: '谁',
      minutesPlaceholder: '时长，如 90 / 1.5h',
      notePlaceholder: '做了什么',
      linkPlaceholder: '关联排期、稿件、活动…（可选）',
      save: '记录',
      saved: '已记录 {{text}}',
      noMember: '请先在「团队」里添加成员',
    },
    week: {
      label: '{{from}} 至 {{to}}',
      previous: '上一周',
      next: '下一周',
      thisWeek: '本周',
      total: '本周合计 {{text}}',
    },
    list: {
      empty: '这一周还没有记录。在上面的快速记录里输入时长，按回车即可。',
      edit: '编辑',
      remove: '删除',
      deleted: '已删除一条记录',
      editTitle: '编辑记录',
    },
    timesheet: { member: '成员', total: '合计', dayTotal: '每日合计', empty: '这一周没有人记录时间', hours: '{{hours}} 小时' },
    stats: {
      range: '时间范围',
      total: '总时长',
      cost: '人力成本',
      costHint: '时长 × 成员时薪（在「团队」里设置）',
      byCategory: '按类别',
      byMember: '按成员',
      hourlyCost: '时薪',
      noCost: '未设时薪',
      empty: '这段时间没有记录',
      minutes: '时长',
    },
    export: { button: '导出', minutesHeader: '时长（分钟）', fileName: '工作日志', sheet: '工作日志', xlsx: 'Excel (.xlsx)', csv: 'CSV (.csv)', done: '已导出 {{name}}' },
    import: { button: '导入', title: '导入工作日志', confirm: '导入 {{count}} 条记录', done: '已导入 {{created}} 条，重复 {{duplicates}} 条，有问题 {{invalid}} 条' },
  },
};
