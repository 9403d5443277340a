import type { Messages } from '../messages';
import type { remindersZhCN } from './zh-CN';

export const remindersEn: Messages<typeof remindersZhCN> = {
  reminders: {
    title: 'Reminders',
    notifications: {
      label: 'Desktop notifications',
      hint: 'A notification on the desktop when a push time comes and when a draft reaches its due date (at 9:00 that day). Only while OpsBench is open; each reminder shows once.',
      unsupported: 'This browser cannot show desktop notifications',
      denied: 'The browser has not allowed notifications. Allow them for this site in the browser’s site settings, then turn this on again',
      notAllowed: 'This browser window has not allowed notifications yet',
      allow: 'Allow notifications',
      push: { title: 'Time to push: {{title}}', body: '{{account}} · {{time}} {{slot}}' },
      due: { title: 'Due today: {{title}}', body: '{{account}} · {{status}} · planned for {{date}}' },
    },
    digest: {
      label: 'Daily schedule digest',
      hint: 'Every day at the set time, today’s pushes, due drafts and overdue drafts go to a WeChat Work group. In the group: Group settings → Group robots → Add a robot, and copy its webhook address. Sent while OpsBench is open; if it was closed then, once when it opens next.',
      robotUrl: 'Webhook address',
      robotUrlPlaceholder: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
      time: 'Send at',
      test: 'Send a test',
      testSent: 'The test message reached the group',
      lastSent: 'Last sent: {{time}}',
      never: 'Not sent yet',
      failed: 'Sending failed ({{time}}): {{reason}}',
      failure: {
        network: 'Cannot reach WeChat Work: {{detail}}',
        timeout: 'WeChat Work did not answer within 10 seconds',
        internal: 'The digest could not be put together: {{detail}}',
        http: 'WeChat Work answered HTTP {{detail}}',
        robot: 'The group robot refused the message: {{detail}}',
      },
      message: {
        title: 'Today’s schedule · {{date}}',
        date: '{{weekday}} {{day}}/{{month}}',
        test: ' (test)',
        none: 'No pushes today.',
        noTime: 'no time set',
        due_one: '{{count}} draft due today',
        due_other: '{{count}} drafts due today',
        overdue_one: '{{count}} overdue draft',
        overdue_other: '{{count}} overdue drafts',
        more_one: '… and {{count}} more in OpsBench',
        more_other: '… and {{count}} more in OpsBench',
        footer: '{{workspace}} · OpsBench',
      },
    },
  },
};
