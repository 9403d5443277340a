// 提醒 (issue 8): desktop notifications and the daily 排期 digest to a WeChat Work group robot.

export const remindersZhCN = {
  reminders: {
    title: '提醒',
    notifications: {
      label: '桌面通知',
      hint: '推送时间到了、稿件到了截稿日期（当天 9:00）时，在桌面弹出通知。运营台开着时才会提醒，每条只提醒一次。',
      unsupported: '这个浏览器不支持桌面通知',
      denied: '浏览器没有允许通知。请在浏览器的网站设置里允许本站通知，再打开这个开关',
      notAllowed: '这个浏览器窗口还没有允许通知',
      allow: '允许通知',
      push: { title: '推送时间到：{{title}}', body: '{{account}} · {{time}} {{slot}}' },
      due: { title: '今天截稿：{{title}}', body: '{{account}} · {{status}} · 计划 {{date}} 推送' },
    },
    digest: {
      label: '每日排期摘要',
      hint: '每天在设定的时间，把当天的推送、到期和逾期的稿件发到企业微信群。在企业微信群里：群设置 → 群机器人 → 添加机器人，复制它的 Webhook 地址。运营台开着时发送；那时没开，下次打开时补发一次。',
      robotUrl: 'Webhook 地址',
      robotUrlPlaceholder: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
      time: '发送时间',
      test: '发送测试',
      testSent: '测试消息已发到群里',
      lastSent: '上次发送：{{time}}',
      never: '还没有发送过',
      failed: '发送失败（{{time}}）：{{reason}}',
      failure: {
        network: '连不上企业微信：{{detail}}',
        timeout: '企业微信 10 秒内没有回应',
        http: '企业微信返回了 HTTP {{detail}}',
        robot: '群机器人拒绝了消息：{{detail}}',
      },
      message: {
        title: '今日排期 · {{date}}',
        date: '{{month}}月{{day}}日 {{weekday}}',
        test: '（测试）',
        none: '今天没有推送。',
        noTime: '时间未定',
        due_one: '今日截稿 {{count}} 篇',
        due_other: '今日截稿 {{count}} 篇',
        overdue_one: '逾期稿件 {{count}} 篇',
        overdue_other: '逾期稿件 {{count}} 篇',
        more_one: '……另有 {{count}} 条，请在运营台查看',
        more_other: '……另有 {{count}} 条，请在运营台查看',
        footer: '{{workspace}} · 运营台',
      },
    },
  },
};
