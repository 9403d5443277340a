// Benchmarks' import (对标数据导入): the layouts, their fields, and what `opsbench import benchmarks` says.

export const benchImportZhCN = {
  benchImport: {
    layouts: {
      newrank_posts: '新榜文章列表',
      xigua_posts: '西瓜数据文章列表',
      wechat_articles: '公众号后台 · 内容分析',
      wechat_users: '公众号后台 · 用户分析',
      snapshots: '周期数据（模板）',
      posts: '文章数据（模板）',
    },
    fields: {
      account: '账号',
      handle: '微信号',
      publishedAt: '发布时间',
      time: '时间',
      position: '位置',
      title: '标题',
      url: '链接',
      kind: '类型',
      reads: '阅读',
      zaikan: '在看',
      likes: '点赞',
      shares: '分享',
      newFollowersDay1: '首日新增关注',
      newFollowersDay7: '7日新增关注',
      period: '周期',
      periodStart: '开始日期',
      followers: '粉丝数',
      articles: '发文数',
      readsHeadline: '头条阅读',
      readsMax: '最高阅读',
      zaikanHeadline: '头条在看',
      zaikanMax: '最高在看',
      likesHeadline: '头条点赞',
      likesMax: '最高点赞',
      sharesHeadline: '头条分享',
      sharesMax: '最高分享',
      date: '时间',
      newFollowers: '新关注人数',
      unfollows: '取消关注人数',
      netGain: '净增关注人数',
      cumulative: '累积关注人数',
    },
    cli: {
      help: `opsbench import benchmarks 文件 [--dry-run] [--layout 类型] [--account 账号] [--rejected 文件]

导入对标数据：新榜、西瓜数据导出的文章列表，公众号后台导出的内容分析（图文）和用户分析，
或运营台的周期数据、文章数据模板（.xlsx 或 .csv，UTF-8/GBK/UTF-16 均可）。按表头自动识别文件类型
并对应各列；文件里出现、登记里还没有的账号会新建为对标账号。已有的数据跳过，同一篇文章的新数据
会更新原来的记录，所以同一个文件导入两次不会多出任何内容。写入前先备份。
一行也没能导入且有错误行时，退出码为 1。

选项：
  --dry-run                只检查文件，打印能导入多少，不写入
  --layout 类型            指定文件类型：newrank_posts（新榜）、xigua_posts（西瓜数据）、wechat_articles（内容分析）、
                           wechat_users（用户分析）、snapshots（周期数据模板）、posts（文章数据模板）
  --account 账号           公众号后台的文件属于哪个自有账号（名称或微信号；只有一个公众号时可省略）
  --rejected 文件          把有错误的行写成 CSV（UTF-8 带 BOM，Excel 可直接打开），改好后可再导入`,
      done_one: '已导入 {{imported}} 条（{{layout}}）：更新 {{updated}} 条，跳过重复 {{duplicates}} 条，有错误 {{rejected}} 条。',
      done_other: '已导入 {{imported}} 条（{{layout}}）：更新 {{updated}} 条，跳过重复 {{duplicates}} 条，有错误 {{rejected}} 条。',
      dryRun_one: '试运行（{{layout}}）：可导入 {{importable}} 条，更新 {{updates}} 条，重复 {{duplicates}} 条，有错误 {{rejected}} 条，没有写入任何数据。',
      dryRun_other: '试运行（{{layout}}）：可导入 {{importable}} 条，更新 {{updates}} 条，重复 {{duplicates}} 条，有错误 {{rejected}} 条，没有写入任何数据。',
      newPeers_one: '新建对标账号 {{count}} 个：{{names}}',
      newPeers_other: '新建对标账号 {{count}} 个：{{names}}',
      wouldCreatePeers_one: '将新建对标账号 {{count}} 个：{{names}}',
      wouldCreatePeers_other: '将新建对标账号 {{count}} 个：{{names}}',
      unknownAccount: '找不到自有账号「{{name}}」（--account 应为账号名称或微信号）',
      missing: '{{layout}}缺少这些列：{{fields}}。请检查表头，或用 --layout 指定文件类型',
      badLayout: '--layout 应为以下之一：{{layouts}}',
    },
  },
};
