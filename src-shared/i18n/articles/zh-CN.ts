// 稿件 (issue 10): the list, the article page, its meta form, the cover crops, who is at the
// keyboard and the revisions. Chinese (the default); en.ts must have exactly the same keys.

export const articlesZhCN = {
  articles: {
    nav: '稿件',
    title: '稿件',
    list: {
      searchPlaceholder: '搜索标题和正文（按 / 聚焦）',
      all: '全部稿件',
      columns: { title: '标题', account: '账号', column: '栏目', date: '推送日期', status: '状态', owner: '负责人', author: '作者', chars: '字数', updated: '更新时间' },
      filter: { statuses: '状态', accounts: '账号', columns: '栏目', owners: '负责人', deleted: '已删除', clear: '清除筛选' },
      empty: {
        none: '还没有稿件。在内容日历里打开一条排期点「写稿」，或者点「新建稿件」从一个选题开始。',
        pool: '选题库是空的。新建稿件时不填日期，它就会先放在选题库里，等排期时再定日期。',
        filtered: '没有符合筛选的稿件，试试清除筛选。',
        search: '没有找到包含「{{query}}」的稿件。换个词试试，或者清除筛选。',
        toCalendar: '去内容日历',
      },
    },
    create: {
      button: '新建稿件',
      heading: '新建稿件',
      account: '账号',
      title: '标题',
      date: '推送日期',
      poolHint: '不填日期，稿件先放在选题库里',
      column: '栏目',
      noColumns: '这个账号还没有栏目',
      created: '已新建稿件',
    },
    fromItem: {
      label: '稿件',
      write: '写稿',
      writeHint: '新建这条排期的稿件，正文从选题说明开始',
      saveFirst: '先保存排期的修改，正文会从保存后的选题说明开始',
      open: '打开稿件（{{chars}} 字）',
      failed: '没能新建稿件：',
    },
    page: {
      back: '返回稿件列表',
      notFound: '找不到这篇稿件，它可能已被删除。',
      loadFailed: '稿件打不开',
      meta: '稿件信息',
      openInCalendar: '在日历中查看',
      pool: '选题库',
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
