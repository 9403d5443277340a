import type { Messages } from '../messages';
import type { benchmarksZhCN } from './zh-CN';

// Benchmarks (issue 11): the back end's texts. English; the type makes a missing or extra key a
// compile error. The export's headers stay Chinese in both languages (files are read by Chinese
// Excel and re-imported), so they repeat the zh-CN ones.

export const benchmarksEn: Messages<typeof benchmarksZhCN> = {
  benchmarks: {
    diagnosis: {
      ownUp: '“{{account}}” scored a WCI of {{wci}} this week, up {{change}}% on last week; ranked {{rank}} (last week {{previousRank}})',
      ownDown: '“{{account}}” scored a WCI of {{wci}} this week, down {{change}}% on last week; ranked {{rank}} (last week {{previousRank}})',
      ownLow: '“{{title}}” on “{{account}}” had {{reads}} reads, less than half the account’s median over the last {{weeks}} weeks ({{median}})',
      peerUp: 'Peer “{{account}}” moved its WCI up {{change}}% on last week; its best-read article this week was “{{title}}” ({{reads}})',
      peerDown: 'Peer “{{account}}” moved its WCI down {{change}}% on last week; its best-read article this week was “{{title}}” ({{reads}})',
      bestType: '“{{type}}” articles read best this week ({{posts}} articles, {{average}} on average); they are {{ownShare}}% of the {{ownPosts}} own articles this week',
      bestTypeNoOwn: '“{{type}}” articles read best this week ({{posts}} articles, {{average}} on average); own accounts published none this week',
    },
    export: {
      sheet: '对标排名',
      fileMonth: '对标排名_{{month}}',
      fileWeek: '对标排名_{{start}}周',
      own: '自有',
      peer: '对标',
      headers: {
        rank: '排名',
        account: '账号',
        kind: '类型(自有/对标)',
        followers: '粉丝',
        articles: '发文数',
        reads: '总阅读',
        readsHeadline: '头条阅读',
        readsMax: '最高阅读',
        zaikan: '在看',
        likes: '点赞',
        shares: '转发',
        wci: 'WCI',
        overall: 'O',
        perArticle: 'A',
        headline: 'H',
        peak: 'P',
      },
    },
    cli: {
      help: `opsbench export benchmarks --period YYYY-MM [--format xlsx|csv] [--out FILE]
opsbench export benchmarks --week --period YYYY-MM-DD [--format xlsx|csv] [--out FILE]

Writes a period's benchmark ranking (own and peer accounts by gsdata's WCI V14.2, with its terms O, A, H and P) as an Excel workbook or a CSV (UTF-8 with a BOM) and prints how many accounts it wrote. Opens the workspace read-only, so it works while the app is open.

Options:
  --period PERIOD          a month YYYY-MM; with --week a Sunday YYYY-MM-DD (gsdata's weeks run Sunday to Saturday)
  --week                   a week instead of a month
  --format FORMAT          xlsx (default; csv when --out ends in .csv) or csv
  --out FILE               where to write it (default: 对标排名_<period>.<format> in the current folder)`,
      needPeriod: '{{command}} needs --period YYYY-MM (for a week add --week and give its Sunday, YYYY-MM-DD)',
      badMonth: '“{{value}}” is not a month; write it like 2026-11',
      badWeek: '“{{value}}” is not a Sunday. Benchmark weeks start on Sunday (gsdata’s), e.g. 2026-11-01',
      exported_one: 'Exported the benchmark ranking of {{period}} ({{count}} account): {{path}}',
      exported_other: 'Exported the benchmark ranking of {{period}} ({{count}} accounts): {{path}}',
    },
  },
};
