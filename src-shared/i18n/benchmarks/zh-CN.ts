// Benchmarks (对标, issue 11): the back end's texts — the weekly diagnosis's observations, the
// ranking export's headers and the CLI's. Chinese (the default); en.ts must have the same keys.

export const benchmarksZhCN = {
  benchmarks: {
    diagnosis: {
      ownUp: '「{{account}}」本周 WCI {{wci}}，比上周上升 {{change}}%，排名第 {{rank}}（上周第 {{previousRank}}）',
      ownDown: '「{{account}}」本周 WCI {{wci}}，比上周下降 {{change}}%，排名第 {{rank}}（上周第 {{previousRank}}）',
      ownLow: '「{{account}}」的《{{title}}》阅读 {{reads}}，不到该号近 {{weeks}} 周阅读中位数（{{median}}）的一半',
      peerUp: '对标账号「{{account}}」WCI 比上周上升 {{change}}%，本周阅读最高的是《{{title}}》（{{reads}}）',
      peerDown: '对标账号「{{account}}」WCI 比上周下降 {{change}}%，本周阅读最高的是《{{title}}》（{{reads}}）',
      bestType: '本周「{{type}}」类文章平均阅读最高（{{posts}} 篇，平均 {{average}}）；自有账号本周 {{ownPosts}} 篇里这类占 {{ownShare}}%',
      bestTypeNoOwn: '本周「{{type}}」类文章平均阅读最高（{{posts}} 篇，平均 {{average}}），自有账号本周没有发这类文章',
    },
    export: {
      sheet: '对标排名',
      /** File name: 对标排名_2026-11.xlsx, 对标排名_2026-11-01周.xlsx. */
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
      help: `opsbench export benchmarks --period YYYY-MM [--format xlsx|csv] [--out 文件]
opsbench export benchmarks --week --period YYYY-MM-DD [--format xlsx|csv] [--out 文件]

把一个周期的对标排名（自有与对标账号，按清博 WCI V14.2 排序，含 O、A、H、P 四项）写成 Excel 工作簿或 CSV（UTF-8，带 BOM），打印导出的账号数。只读打开工作区，运营台开着也能导出。

选项：
  --period 周期            月份 YYYY-MM；加 --week 时为周日 YYYY-MM-DD（清博口径，周日至周六）
  --week                   按周导出
  --format 格式            xlsx（默认；--out 以 .csv 结尾时为 csv）或 csv
  --out 文件               写到哪里（默认：当前文件夹下的 对标排名_<周期>.<格式>）`,
      needPeriod: '{{command}} 需要 --period YYYY-MM（按周时加 --week 并写周日 YYYY-MM-DD）',
      badMonth: '「{{value}}」不是月份，请写成 2026-11 这样',
      badWeek: '「{{value}}」不是周日。对标的周按清博口径从周日开始，例如 2026-11-01',
      exported_one: '已导出 {{period}} 的对标排名（{{count}} 个账号）：{{path}}',
      exported_other: '已导出 {{period}} 的对标排名（{{count}} 个账号）：{{path}}',
    },
  },
};
