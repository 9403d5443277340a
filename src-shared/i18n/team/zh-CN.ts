// The team (团队): members, roles and KPIs.
// Chinese (the default); en.ts must have exactly the same keys.

export const teamZhCN = {
  team: {
    title: '团队',
    create: '添加成员',
    deleted: '已移除成员「{{name}}」',
    deleteConfirm: '移除成员「{{name}}」？',
    searchPlaceholder: '搜索姓名、日常工作、考核指标',
    empty: '还没有团队成员。点击「添加成员」登记谁写稿、谁设计、谁定稿——哪怕只有你一个人，老板也能看到日常工作。',
    noMatch: '没有符合条件的成员',
    role: { copywriter: '文案', designer: '设计', reviewer: '审核', approver: '定稿人', support: '客服', promotion: '推广', data: '数据' },
    form: {
      createTitle: '添加成员',
      editTitle: '编辑成员',
      name: '姓名',
      roles: '角色',
      rolesPlaceholder: '可多选',
      dailyDuties: '日常工作',
      dailyDutiesPlaceholder: '例如：每天回复后台留言，每周写两篇推文',
      contact: '联系方式',
      kpis: '考核指标',
    },
    kpi: {
      name: '指标，如 月发文',
      target: '目标',
      unit: '单位',
      add: '添加指标',
      remove: '删除指标',
      display: '{{name}} {{target}} {{unit}}',
    },
    // Owner pickers elsewhere (calendar items, columns) add a member inline.
    picker: {
      add: '添加成员「{{name}}」',
      added: '已添加成员「{{name}}」（角色：文案，可到「团队」页修改）',
      addFailed: '添加成员失败：',
      empty: '还没有团队成员。输入姓名即可添加',
    },
  },
};
