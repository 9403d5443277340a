import type { Messages } from '../messages';
import type { articlesZhCN } from './zh-CN';

// 稿件 (issue 10): the list, the article page, its meta form, the cover crops, who is at the
// keyboard and the revisions. English; the type makes a missing or extra key a compile error.

export const articlesEn: Messages<typeof articlesZhCN> = {
  articles: {
    nav: 'Articles',
    title: 'Articles',
    page: {
      back: 'Back to the articles',
      notFound: 'This article is not here; it may have been deleted.',
      loadFailed: 'The article could not be opened',
      editorPlaceholder: 'The body editor is coming',
      meta: 'Article details',
      openInCalendar: 'Show in the calendar',
      pool: 'Topic pool',
      saved: 'Saved',
      saving: 'Saving…',
      unsaved: 'Not saved',
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
