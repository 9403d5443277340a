// 节假日安排 in 设置: each year's source and the pasted State Council notice.
// Chinese (the default); en.ts must have exactly the same keys.

export const holidaysZhCN = {
  holidays: {
    title: '节假日安排',
    hint: '日历上的 休 和 班 来自这里。国务院办公厅每年 11–12 月公布下一年的放假安排，公布后把通知粘贴进来即可。',
    columns: { year: '年份', source: '来源' },
    source: { entered: '已录入', imported: '已导入', builtin: '已收录（内置）', estimated: '预计（尚未公布）' },
    paste: '粘贴国务院通知',
    remove: '删除录入',
    removeConfirm: '删除 {{year}} 年录入的放假安排？',
    removeConfirmHint: '日历将改用内置数据，或按法定假日推算。',
    removed: '已删除 {{year}} 年的录入',
    saved: '已保存 {{year}} 年的放假安排',
    modal: {
      title: '粘贴 {{year}} 年国务院通知',
      placeholder: '粘贴《国务院办公厅关于{{year}}年部分节假日安排的通知》的正文，如：\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
      preview: '读出的安排',
      empty: '还没有读出任何安排',
      unread: '以下几行没能读出日期，不会保存：',
      otherYear: '这份通知是 {{notice}} 年的，不是 {{year}} 年的',
      columns: { start: '开始', end: '结束', kind: '休/班', name: '名称', issue: '问题' },
      kind: { off: '休', work: '班' },
    },
  },
};
