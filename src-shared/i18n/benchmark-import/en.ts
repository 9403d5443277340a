import type { Messages } from '../messages';
import type { benchImportZhCN } from './zh-CN';

// Benchmarks' import: English; the type makes a missing or extra key a compile error.

export const benchImportEn: Messages<typeof benchImportZhCN> = {
  benchImport: {
    layouts: {
      newrank_posts: 'Newrank (新榜) article list',
      xigua_posts: 'Xigua (西瓜数据) article list',
      wechat_articles: 'WeChat backend · content analysis',
      wechat_users: 'WeChat backend · follower analysis',
      snapshots: 'Figures per period (template)',
      posts: 'Article figures (template)',
    },
    fields: {
      account: 'Account',
      handle: 'WeChat ID',
      publishedAt: 'Published at',
      time: 'Time',
      position: 'Position',
      title: 'Title',
      url: 'Link',
      kind: 'Type',
      reads: 'Reads',
      zaikan: 'Wow (在看)',
      likes: 'Likes',
      shares: 'Shares',
      newFollowersDay1: 'New followers, day 1',
      newFollowersDay7: 'New followers, 7 days',
      period: 'Period',
      periodStart: 'Start',
      followers: 'Followers',
      articles: 'Articles',
      readsHeadline: 'Headline reads',
      readsMax: 'Top reads',
      zaikanHeadline: 'Headline wows',
      zaikanMax: 'Top wows',
      likesHeadline: 'Headline likes',
      likesMax: 'Top likes',
      sharesHeadline: 'Headline shares',
      sharesMax: 'Top shares',
      date: 'Date',
      newFollowers: 'New followers',
      unfollows: 'Unfollows',
      netGain: 'Net gain',
      cumulative: 'Total followers',
    },
    cli: {
      help: `opsbench import benchmarks FILE [--dry-run] [--layout LAYOUT] [--account ACCOUNT] [--rejected FILE]

Imports benchmark figures: article lists exported by Newrank (新榜) or Xigua (西瓜数据), the WeChat
backend's content analysis (articles) and follower analysis exports, or OpsBench's figures-per-period
and article templates (.xlsx or .csv in UTF-8, GBK or UTF-16). The file type and its columns are
recognised from the header; accounts the file names that are not registered yet become peer
accounts. Figures already stored are skipped and newer figures for a known article update it, so
importing the same file twice adds nothing. A backup is made first.
Exits with 1 when no row could be imported and some rows have errors.

Options:
  --dry-run                check the file and print what would be imported; write nothing
  --layout LAYOUT          the file type: newrank_posts, xigua_posts, wechat_articles, wechat_users,
                           snapshots (figures per period) or posts (article figures)
  --account ACCOUNT        the own account a WeChat backend file belongs to (name or WeChat ID; optional with one WeChat account)
  --rejected FILE          write the rejected rows as CSV (UTF-8 with BOM, opens in Excel) to fix and import again`,
      done_one: 'Imported {{imported}} row ({{layout}}): {{updated}} updated, {{duplicates}} duplicates skipped, {{rejected}} rejected.',
      done_other: 'Imported {{imported}} rows ({{layout}}): {{updated}} updated, {{duplicates}} duplicates skipped, {{rejected}} rejected.',
      dryRun_one: 'Dry run ({{layout}}): {{importable}} row to import, {{updates}} to update, {{duplicates}} duplicates, {{rejected}} rejected; nothing was written.',
      dryRun_other: 'Dry run ({{layout}}): {{importable}} rows to import, {{updates}} to update, {{duplicates}} duplicates, {{rejected}} rejected; nothing was written.',
      newPeers_one: 'Created {{count}} peer account: {{names}}',
      newPeers_other: 'Created {{count}} peer accounts: {{names}}',
      wouldCreatePeers_one: 'Would create {{count}} peer account: {{names}}',
      wouldCreatePeers_other: 'Would create {{count}} peer accounts: {{names}}',
      unknownAccount: 'No own account "{{name}}" (--account takes an account name or WeChat ID)',
      missing: '{{layout}}: these columns are missing: {{fields}}. Check the header, or give the file type with --layout',
      badLayout: '--layout must be one of: {{layouts}}',
    },
  },
};
