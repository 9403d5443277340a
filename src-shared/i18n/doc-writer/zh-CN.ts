// The document writers' own words (src-docs): the footer, the contents, empty tables.
export const docWriterZhCN = {
  docWriter: {
    footer: '第 {{page}} 页 共 {{pages}} 页',
    coverLine: '{{label}}：{{value}}',
    withUnit: '{{title}}（{{unit}}）',
    emptyTable: '暂无数据',
  },
};
