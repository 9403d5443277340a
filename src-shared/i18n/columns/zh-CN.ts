// Columns (栏目) and their cadence (更新节奏).
// Chinese (the default); en.ts must have exactly the same keys.

export const columnsZhCN = {
  columns: {
    create: '新建栏目',
    deleted: '已删除栏目「{{name}}」',
    deleteConfirm: '删除栏目「{{name}}」？',
    empty: '这个账号还没有栏目。栏目是固定更新的系列内容，例如「每周二 新品速递」，自定义菜单可以指向栏目。',
    moveUp: '上移',
    moveDown: '下移',
    form: {
      createTitle: '新建栏目',
      editTitle: '编辑栏目',
      name: '栏目名称',
      purpose: '栏目定位',
      purposePlaceholder: '例如：引流、品牌故事、促销',
      cadence: '更新节奏',
      owner: '负责人',
    },
    limits: { overMonthly: '按这个节奏，本账号的栏目有的月份要推送 {{count}} 次，超过服务号每月 {{max}} 次的群发上限' },
  },
  cadence: {
    kind: { daily: '每天', weekly: '每周', monthly: '每月', irregular: '不定期' },
    daily: '每天',
    irregular: '不定期',
    weeklyOn: '每{{days}}',
    monthlyOn: '每月{{days}}',
    monthDay: '{{day}}日',
    separator: '、',
    pickDays: '选择日期',
    weekday: { '1': '周一', '2': '周二', '3': '周三', '4': '周四', '5': '周五', '6': '周六', '7': '周日' },
  },
};
