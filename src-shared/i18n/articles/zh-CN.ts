// 稿件 (issue 10): the list, the article page, its meta form, the cover crops, who is at the
// keyboard and the revisions. Chinese (the default); en.ts must have exactly the same keys.

export const articlesZhCN = {
  articles: {
    nav: '稿件',
    title: '稿件',
    page: {
      back: '返回稿件列表',
      notFound: '找不到这篇稿件，它可能已被删除。',
      loadFailed: '稿件打不开',
      editorPlaceholder: '正文编辑器即将到来',
      meta: '稿件信息',
      openInCalendar: '在日历中查看',
      pool: '选题库',
      saved: '已保存',
      saving: '保存中…',
      unsaved: '未保存',
    },
    panel: {
      lint: '检查',
      comments: '批注',
      revisions: '版本',
      preview: '预览',
      coming: '这一栏即将到来',
    },
  },
};
