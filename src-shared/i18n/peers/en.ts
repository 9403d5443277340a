import type { Messages } from '../messages';
import type { peersZhCN } from './zh-CN';

// Benchmarks (issue 11): the screen, its tabs and the register of peer accounts with their learnings.
// English; the type makes a missing or extra key a compile error.

export const peersEn: Messages<typeof peersZhCN> = {
  peers: {
    nav: 'Benchmarks',
    title: 'Benchmarks',
    tabs: { ranking: 'Ranking', trends: 'Trends', compare: 'Compare', top: 'Top articles', weekly: 'Weekly', peers: 'Peer accounts', entry: 'Enter data' },
    list: {
      title: 'Peer accounts',
      create: 'Add peer account',
      searchPlaceholder: 'Search name, WeChat ID, company, industry, tags',
      empty: 'No peer accounts yet. Register the accounts worth learning from and note what they do well; importing a Newrank or Xigua article list adds the accounts not registered yet',
      noMatch: 'No account matches the search',
      deleted: 'Deleted peer account "{{name}}"',
      deleteConfirm: 'Delete "{{name}}"? Its learnings and figures go with it (you can undo)',
      open: 'Open',
    },
    field: {
      platform: 'Platform',
      name: 'Name',
      handle: 'WeChat ID',
      ownerCompany: 'Operated by',
      industry: 'Industry',
      tags: 'Tags',
      tagsPlaceholder: 'Type and press Enter, e.g. local, competitor',
      reason: 'Why we watch it',
      reasonPlaceholder: 'Good layout, many events, a competitor in the same district…',
    },
    form: { createTitle: 'Add peer account', editTitle: 'Edit "{{name}}"' },
    detail: {
      back: 'Back to peer accounts',
      notFound: 'This peer account cannot be found; it may have been deleted',
      edit: 'Edit details',
      learnings: 'Learnings',
      addLearning: 'Add a learning',
      noLearnings: 'No learnings yet. When it does a column, layout, event, copy, menu or service well, note it here to quote it in plans',
      posts: 'Articles of the last 90 days',
      noPosts: 'No article figures for this account in the last 90 days. Paste them under "Enter data" or import a Newrank or Xigua article list',
      snapshots: 'Weekly figures of the last six months',
      noSnapshots: 'No weekly figures for this account yet',
      weekOf: 'Week of {{start}} (Sunday to Saturday)',
    },
    learningKind: { column: 'Column', layout: 'Layout', activity: 'Event', copy: 'Copy', menu: 'Menu', service: 'Service' },
    learning: {
      createTitle: 'Add a learning',
      editTitle: 'Edit learning',
      kind: 'Kind',
      text: 'What',
      textPlaceholder: 'What it does well, and how we could use it',
      link: 'Example link',
      linkPlaceholder: 'https://mp.weixin.qq.com/s/…',
      image: 'Example image',
      upload: 'Upload image',
      removeImage: 'Remove image',
      openLink: 'Open example',
      deleted: 'Deleted the learning',
      deleteConfirm: 'Delete this learning?',
    },
    post: { publishedAt: 'Published', position: 'Position', title: 'Title', kind: 'Type', reads: 'Reads', zaikan: 'Wow', likes: 'Likes', shares: 'Shares', headline: 'Lead', nth: 'No. {{n}}' },
    snapshot: { period: 'Period', followers: 'Followers (est.)', articles: 'Articles', reads: 'Reads', readsMax: 'Top reads', zaikan: 'Wow', likes: 'Likes', shares: 'Shares' },
  },
};
