import type { Messages } from '../messages';
import type { articlesZhCN } from './zh-CN';

// 稿件 (issue 10): the list, the article page, its meta form, the cover crops, who is at the
// keyboard and the revisions. English; the type makes a missing or extra key a compile error.

export const articlesEn: Messages<typeof articlesZhCN> = {
  articles: {
    nav: 'Articles',
    title: 'Articles',
    list: {
      searchPlaceholder: 'Search titles and bodies (press / to focus)',
      all: 'All articles',
      columns: { title: 'Title', account: 'Account', column: 'Column', date: 'Push date', status: 'Status', owner: 'Owner', author: 'Author', chars: 'Characters', updated: 'Updated' },
      filter: { statuses: 'Status', accounts: 'Account', columns: 'Column', owners: 'Owner', deleted: 'Deleted', clear: 'Clear filters' },
      empty: {
        none: 'No articles yet. Open a planned item in the content calendar and click Write, or click New article to start from a topic.',
        pool: 'The topic pool is empty. An article created without a date waits here until it is scheduled.',
        filtered: 'No article matches these filters; try clearing them.',
        search: 'No article contains "{{query}}". Try another word, or clear the filters.',
        toCalendar: 'Go to the calendar',
      },
    },
    create: {
      button: 'New article',
      heading: 'New article',
      account: 'Account',
      title: 'Title',
      date: 'Push date',
      poolHint: 'Without a date the article waits in the topic pool',
      column: 'Column',
      noColumns: 'This account has no columns yet',
      created: 'Article created',
    },
    fromItem: {
      label: 'Article',
      write: 'Write',
      writeHint: "Create this item's article; its body starts from the topic notes",
      saveFirst: "Save the item's changes first: the body starts from the saved topic notes",
      open: 'Open article ({{chars}} characters)',
      failed: 'The article could not be created: ',
    },
    page: {
      back: 'Back to the articles',
      notFound: 'This article is not here; it may have been deleted.',
      loadFailed: 'The article could not be opened',
      meta: 'Article details',
      openInCalendar: 'Show in the calendar',
      pool: 'Topic pool',
    },
    panel: {
      lint: 'Checks',
      comments: 'Comments',
      revisions: 'Versions',
      preview: 'Preview',
      coming: 'This tab is coming',
    },
  },
};
