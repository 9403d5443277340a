// 考核: what a KPI is computed from, and the monthly appraisal of the team (issue 12).
// Chinese (the default); en.ts must have exactly the same keys.

export const appraisalZhCN = {
  appraisal: {
    tabs: { members: '成员', appraisal: '考核' },
    title: '考核',
    month: '{{year}} 年 {{month}} 月',
    previous: '上个月',
    next: '下个月',
    thisMonth: '本月',
    pace: '本月已过 {{percent}}：进度条上的竖线是按进度此时应完成的位置，低于它的指标标红',
    paceDone: '这个月已结束，按全月目标考核',
    paceAhead: '这个月还没开始',
    member: '成员',
    kpi: '指标',
    progress: '完成情况',
    actualOfTarget: '{{actual}} / {{target}} {{unit}}',
    handEntered: '手动考核：目标 {{target}} {{unit}}',
    behind: '落后进度',
    empty: '还没有考核指标。到「成员」编辑成员，添加指标并选择计算方式。',
    metricLabel: '计算方式',
    metric: {
      '': '手动填写',
      articles: '发文篇数',
      reads: '文章阅读量',
      hours: '工作时长',
      activities: '负责的活动',
      new_followers: '活动新增粉丝',
    },
    // How each figure is computed, under the table: the operator should be able to check them.
    notes: {
      title: '数据口径',
      articles: '发文篇数：当月日期、状态为「已发布」、负责人是该成员的排期。',
      reads: '文章阅读量：「对标」里自有账号当月发布的文章阅读数，只算导入时关联到排期的文章，记在该排期负责人名下；没有关联排期的文章不知道作者，不计入。',
      hours: '工作时长：工作日志中该成员当月记录的分钟数 ÷ 60。',
      activities: '负责的活动：负责人是该成员、未取消、且有阶段（预热/正式/收尾）落在当月的活动；活动新增粉丝为这些活动登记的新增粉丝数。',
    },
  },
};
