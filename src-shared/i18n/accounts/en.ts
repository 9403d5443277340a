import type { Messages } from '../messages';
import type { accountsZhCN } from './zh-CN';

// Accounts (账号): the list, the profile and the form.
// English; the type makes a missing or extra key a compile error.

export const accountsEn: Messages<typeof accountsZhCN> = {
  accounts: {
    ownerLeft: '(left the team)',
    title: 'Accounts',
    create: 'New account',
    created: 'Created "{{name}}"',
    deleted: 'Deleted "{{name}}"',
    deleteConfirm: 'Delete the account "{{name}}"?',
    searchPlaceholder: 'Search name, WeChat id, business line, city',
    empty: 'No accounts yet. Click "New account" to register your first official account, or load the demo workspace.',
    noMatch: 'No account matches',
    columns: {
      name: 'Name',
      platform: 'Platform',
      purpose: 'Purpose',
      businessLine: 'Business line',
      followers: 'Followers',
      verified: 'Verified',
      owner: 'Owner',
      naming: 'Naming',
      updatedAt: 'Updated',
    },
    platform: {
      wechat_subscription: 'Subscription',
      wechat_service: 'Service',
      weibo: 'Weibo',
      channels: 'Channels',
      douyin: 'Douyin',
      xiaohongshu: 'Xiaohongshu',
      wecom_group: 'WeCom group',
    },
    purpose: { brand: 'Brand', sales: 'Sales', mixed: 'Mixed' },
    frequency: {
      daily: 'Daily',
      several_weekly: 'Several times a week',
      weekly: 'Weekly',
      biweekly: 'Every two weeks',
      monthly: 'Monthly',
      irregular: 'Irregular',
    },
    verified: { yes: 'Verified', no: 'Not verified' },
    naming: {
      follows: 'Follows template',
      differs: 'Differs',
      incomplete: 'Incomplete',
      noTemplate: 'No template',
      expected: 'The template gives: {{name}}',
      missing: 'Missing {{names}}; complete the account or workspace profile',
      noTemplateHint: 'Set an account naming template in Settings to check names',
    },
    form: {
      createTitle: 'New account',
      editTitle: 'Edit account',
      platform: 'Platform',
      name: 'Account name',
      handle: 'WeChat id / handle',
      handleHint: 'Cannot be changed after registration; keep it as in the platform backend',
      purpose: 'Purpose',
      businessLine: 'Business line',
      city: 'City',
      followers: 'Followers',
      verified: 'Verified',
      updateFrequency: 'Update frequency',
      owner: 'Owner',
      ownerPlaceholder: 'Pick a team member',
      qrPlacement: 'QR code placement',
      qrPlacementPlaceholder: 'e.g. store posters, website footer',
      notes: 'Notes',
    },
    detail: { profile: 'Profile', columns: 'Columns', menu: 'Custom menu', back: 'Back to accounts', notFound: 'This account does not exist' },
    // 常用推送时间: where a new calendar item's push time starts (issue 8).
    usualPushTime: { label: 'Usual push time', placeholder: 'e.g. 20:00', hint: 'New calendar items start at this time; each item can change it' },
    /** An account as the calendar and the pickers show it (AccountLabel). */
    accountLabel: { text: '{{name}} ({{platform}})', deleted: 'Deleted account' },
  },
};
