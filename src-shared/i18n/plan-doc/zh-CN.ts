// The marketing plan document's own words (section titles, table heads, sentences) for sections
// 1–4 and the parts every section shares; sections 5–7 are in plan-doc-ops.
export const planDocZhCN = {
  planDoc: {
    defaultTitle: '{{company}}新媒体运营方案（{{period}}）',
    period: { quarter: '{{year}}年第{{n}}季度', half: { h1: '{{year}}年上半年', h2: '{{year}}年下半年' }, custom: '{{start}}至{{end}}' },
    cover: { subtitle: '新媒体运营方案', company: '编制单位', author: '编制人', date: '编制日期', period: '方案周期' },
    toc: '目录',
    noData: '暂无数据',
    operatorNote: '说明',
    section: {
      competitors: '竞品分析',
      value: '公众号能为{{company}}带来的价值',
      activities: '活动',
      concerns: '客户最关心的问题',
      operations: '账号运营规划',
      staff: '人员分工',
      growth: '发展规划',
    },
  },
};
