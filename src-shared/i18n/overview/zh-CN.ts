// 工作台 (the home screen, issue 12).
// Chinese (the default); en.ts must have exactly the same keys.

export const overviewZhCN = {
  overview: {
    nav: '工作台',
    title: '工作台',
    today: '{{date}} {{weekday}}',
    loadFailed: '工作台没有读出来：',
    more: '另有 {{count}} 条',
    viewAll: '全部',
    pushes: { title: '今日推送', count: '{{count}} 条', empty: '今天没有推送。', slot: '第 {{slot}} 条', noTime: '未定时间' },
    deadlines: { title: '截稿与逾期', dueToday: '今日截稿 {{count}}', overdue: '已逾期 {{count}}', empty: '没有今天截稿或已逾期的稿件。', late: '应于 {{date}}' },
    week: { title: '本周排期', range: '{{from}} – {{to}}', total: '共 {{count}} 条', open: '待完成', empty: '本周没有待完成的排期。' },
    reviews: { title: '待审稿件', empty: '没有等待审核的稿件。', submitted: '{{time}} 提交', pushOn: '{{date}} 推送', pool: '未定日期' },
    activities: {
      title: '进行中与即将开始的活动',
      empty: '今天没有进行中的活动，两周内也没有要开始的活动。',
      startsOn: '{{date}} 开始',
      phase: { warmup: '预热', main: '正式', wrapup: '收尾' },
      until: '{{phase}}至 {{date}}',
      byStatus: '进行中',
      participants: '参与',
      newFollowers: '新增粉丝',
      cost: '费用',
    },
    budget: {
      title: '本月费用',
      used: '已支出',
      planned: '计划合计',
      share: '已用 {{percent}}',
      importance: { important: '重要', normal: '一般' },
      empty: '本月还没有费用。',
    },
    kpis: { title: '本月考核', empty: '还没有考核指标。到「团队」为成员添加指标。', handEntered: '手动' },
    concerns: {
      title: '新的用户关注点',
      empty: '没有新的关注点。',
      frequency: '{{count}} 次',
      category: { product: '产品', service: '服务', complaint: '投诉', price: '价格', other: '其他' },
    },
  },
};
