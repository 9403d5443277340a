// The HQ server's `opsbench hq …` commands and its error messages (issue 14).

export const hqZhCN = {
  hq: {
    ready: 'OpsBench HQ ready: {{url}}',
  },
};
