import { activitiesScreenZhCN } from './screen-zh-CN';
// Activities (活动): purposes, mechanics, phases, statuses and their spans on the calendar.
// Chinese (the default); en.ts must have exactly the same keys.

export const activitiesZhCN = {
  activities: {
    // The screen's own texts (list, form, page, budget lines, 实施表).
    ...activitiesScreenZhCN,
    purpose: { fission: '拉新裂变', retention: '留存', engagement: '促活', conversion: '转化' },
    mechanic: {
      bargain: '砍价',
      group_buy: '拼团',
      lottery: '抽奖',
      distribution: '分销',
      check_in: '打卡',
      points: '积分',
      red_packet: '红包',
      flash_sale: '秒杀',
      trial: '新品试用',
      live: '直播',
      offline: '线下活动',
      moments: '朋友圈转发',
    },
    phase: { warmup: '预热', main: '正式', wrapup: '收尾' },
    status: { planned: '计划中', running: '进行中', done: '已结束', cancelled: '已取消' },
    span: {
      label: '{{phase}} · {{name}}',
      title: '{{phase}} · {{name}}（{{start}} 至 {{end}}）',
      more: '+{{count}}',
      moreTitle_one: '还有 {{count}} 个活动阶段',
      moreTitle_other: '还有 {{count}} 个活动阶段',
      dayMark_one: '这天有 {{count}} 个活动阶段',
      dayMark_other: '这天有 {{count}} 个活动阶段',
    },
  },
};
