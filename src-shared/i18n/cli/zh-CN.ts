// The `opsbench` command's own texts: help, usage errors, results. Chinese (the default);
// en.ts must have exactly the same keys.

export const cliZhCN = {
  cli: {
    separator: '；',
    usage: {
      hint: '用法见 {{help}}',
      noCommand: '没有给出命令',
      unknownCommand: '没有「{{command}}」这个命令',
      unknownOption: '没有 {{option}} 这个选项',
      missingValue: '选项 {{option}} 后面要写一个值',
      takesNoValue: '选项 {{option}} 不带值',
      unexpectedArgument: '多余的参数「{{argument}}」',
      invalidArguments: '参数有误：{{detail}}',
      badLanguage: '--lang 只能是 zh-CN 或 en（收到「{{value}}」）',
      wholeNumber: '{{option}} 应为 {{min}} 到 {{max}} 之间的整数（收到「{{value}}」）',
      badDate: '{{option}} 应为 YYYY-MM-DD 格式的日期（收到「{{value}}」）',
      oneOf: '{{option}} 只能是 {{choices}}（收到「{{value}}」）',
      needWhat: '{{command}} 后面要写对象：{{whats}}',
      unknownWhat: '{{command}} 不支持「{{what}}」，可用：{{whats}}',
      needFile: '{{command}} 后面要写文件名（{{formats}}）',
      needRange: '{{command}} 需要 --from YYYY-MM-DD 和 --to YYYY-MM-DD',
      needVerb: '{{command}} 后面要写操作：{{verbs}}',
      unknownVerb: '{{command}} 没有「{{verb}}」操作，可用：{{verbs}}',
      needBackupName: 'backup restore 后面要写备份名称（见 opsbench backup list）',
      needDemoDir: 'demo 需要 --data-dir 目录（或 OPSBENCH_DATA_DIR），以免误把真实工作区换成演示数据',
    },
    error: {
      cannotRead: '无法读取 {{path}}：{{reason}}',
      cannotWrite: '无法写入 {{path}}：{{reason}}',
      dataDir: '无法把 {{dataDir}} 用作数据文件夹（{{reason}}），请用 --data-dir 另选一个',
      cannotOpen: '无法打开 {{dataDir}} 中的工作区：{{detail}}',
      locked: '{{dataDir}} 中的工作区正由 {{program}} 使用（进程 {{pid}}，自 {{since}} 起），请先关闭它再试',
      notBuilt: '运营台还没有构建（缺少 {{file}}）：请先运行 npm run build',
      portInUse: '端口 {{port}} 已被占用：用 --port 换一个，或用 --port 0 任选空闲端口',
      noSuchBackup: '{{dataDir}} 里没有名为 {{name}} 的备份（见 opsbench backup list）',
      internal: '出错了：{{detail}}',
    },
    fs: {
      missing: '文件不存在',
      denied: '没有权限',
      folder: '这是一个文件夹',
      fileInTheWay: '路径上有一个同名文件',
      diskFull: '磁盘已满',
    },
    web: {
      // A line scripts read: the same in every language.
      ready: 'OpsBench ready: {{url}}',
      serving: '数据文件夹：{{dataDir}}。按 Ctrl+C 停止。',
    },
    demo: {
      done: '演示工作区（{{scale}}，种子 {{seed}}）已写入 {{dataDir}}：{{accounts}} 个账号、{{columns}} 个栏目、{{members}} 位成员、{{calendarItems}} 条排期、{{peers}} 个对标账号、{{posts}} 篇文章数据。',
    },
    backup: {
      listed_one: '{{dataDir}} 里有 {{count}} 个备份：',
      listed_other: '{{dataDir}} 里有 {{count}} 个备份，最新的在前：',
      none: '{{dataDir}} 里还没有备份。',
      created: '已备份：{{name}}（{{size}}）',
      restored: '已用备份 {{name}} 恢复工作区（恢复前的数据已先备份）。',
    },
    import: {
      problem: '第 {{row}} 行，{{field}}：{{reason}}',
      rejectedFile_one: '有错误的 {{count}} 行已写入 {{path}}，改好后可以再导入。',
      rejectedFile_other: '有错误的 {{count}} 行已写入 {{path}}，改好后可以再导入。',
      counts: {
        done_one: '已导入 {{imported}} 行 / 更新 {{updated}} 行 / 重复 {{duplicates}} 行 / 未导入 {{rejected}} 行。',
        done_other: '已导入 {{imported}} 行 / 更新 {{updated}} 行 / 重复 {{duplicates}} 行 / 未导入 {{rejected}} 行。',
        dryRun_one: '试运行：可导入 {{importable}} 行 / 重复 {{duplicates}} 行 / 未导入 {{rejected}} 行，没有写入任何数据。',
        dryRun_other: '试运行：可导入 {{importable}} 行 / 重复 {{duplicates}} 行 / 未导入 {{rejected}} 行，没有写入任何数据。',
      },
      calendar: {
        done_one: '已导入 {{imported}} 条排期（跳过重复 {{duplicates}} 条，有错误 {{rejected}} 条）。',
        done_other: '已导入 {{imported}} 条排期（跳过重复 {{duplicates}} 条，有错误 {{rejected}} 条）。',
        dryRun_one: '试运行：可导入 {{importable}} 条排期（重复 {{duplicates}} 条，有错误 {{rejected}} 条），没有写入任何数据。',
        dryRun_other: '试运行：可导入 {{importable}} 条排期（重复 {{duplicates}} 条，有错误 {{rejected}} 条），没有写入任何数据。',
      },
      holidays: {
        done_one: '已导入 {{list}} 年放假安排：休 {{off}} 段，班 {{work}} 天（替换了这些年份原有的安排）。',
        done_other: '已导入 {{list}} 年放假安排：休 {{off}} 段，班 {{work}} 天（替换了这些年份原有的安排）。',
      },
    },
    export: {
      plan: {
        done: '已导出运营方案「{{title}}」（{{format}}，{{sections}} 个章节，已记入导出记录）：{{path}}',
        template: '{{period}} 还没有运营方案：已按完整模板导出「{{title}}」（{{format}}，未新建方案，也不记入导出记录）：{{path}}',
        badPeriod: '「{{value}}」不是方案周期，请写成 2027Q1（季度）、2027H1（半年）或 2027-01-01..2027-03-31',
        unknownPlan: '没有 ID 为 {{id}} 的运营方案（可能已被删除）',
        formatMismatch: '{{out}} 的扩展名与格式 {{format}} 不符：改用 .{{format}} 结尾的文件名，或去掉 --format',
        oneSelector: '--plan、--latest、--period 只能选一个：--plan 指定方案，--latest 取最新的方案，--period 取该周期的方案',
        needsLibreOffice: '导出 PDF 需要安装 LibreOffice（soffice）：本机没有找到。可以先导出 .docx，用 Word 或 WPS 另存为 PDF',
      },
      calendar: {
        done_one: '已导出 {{from}} 至 {{to}} 的 {{count}} 条排期：{{path}}',
        done_other: '已导出 {{from}} 至 {{to}} 的 {{count}} 条排期：{{path}}',
      },
    },
    help: {
      main: `opsbench：不开窗口的运营台，供脚本、测试和浏览器模式使用。

用法：opsbench <命令> [选项]

搬运数据：
  import <对象> 文件       把文件导入工作区（对象：{{imports}}）
  export <对象>            从工作区导出文件（对象：{{exports}}）
管理：
  backup list              列出工作区的滚动备份，最新的在前
  backup create            立即备份
  backup restore 名称      用备份替换工作区（先自动备份当前数据）
  sync enroll              用总部地址和注册码把工作区注册到总部（opsbench sync enroll --help）
  sync [status|leave]      与总部同步，直到没有要上传或下载的；查看状态；退出同步
  hq …                     总部服务器（opsbench hq --help）：serve、tenant、device、backup
其他：
  demo                     把演示工作区（华东分公司）写入数据文件夹
  web                      在 http://127.0.0.1 上提供运营台（浏览器模式）并打开
  lint 文件                检查稿件文件（.md、.html、.docx、.txt）：广告法用语、诱导分享、长度和链接
  -v, --version            显示版本

每个命令都打印做了什么和数量；"opsbench <命令> --help" 查看命令的选项。

退出码：0 完成；1 失败或什么也没做（原因写在 stderr，OPSBENCH_DEBUG=1 另附调用栈）；2 用法有误。`,
      common: `每个命令都可用的选项：
  --data-dir 目录          数据文件夹（默认：$OPSBENCH_DATA_DIR，否则为本机用户的 OpsBench 文件夹）
  --lang zh-CN|en          输出语言（默认按 LC_ALL、LC_MESSAGES、LANG 选择，C/POSIX 视为未设置；否则为中文）
  --json                   在 stdout 输出一个 JSON 对象（消息键和参数、数量），供脚本读取
  -h, --help               显示帮助`,
      web: `用法：opsbench web [--port 端口] [--no-open]

启动本地后端，在 127.0.0.1 上用新的会话令牌提供已构建的运营台，在 stdout 打印一行
"OpsBench ready: <网址>"（各语言相同，供脚本读取），然后打开系统浏览器。按 Ctrl+C 停止。

选项：
  --port 端口              监听的端口（默认 0：任选空闲端口）
  --no-open                不打开系统浏览器`,
      demo: `用法：opsbench demo --data-dir 目录 [--scale small|large] [--seed 数字] [--today YYYY-MM-DD] [--replace]

把确定性的演示工作区（华东分公司）写入空目录。目录里已有数据时需要 --replace：先备份，再把原有数据
换成演示数据（不会叠加第二份）。排期围绕今天：上个月、本月和下个月。同一个种子和同一个 --today 总是
得到同样的数据；另有对标数据：8 个同行账号和一年的周/月数据、文章数据与每日粉丝。--scale large 生成基准测试用的
大工作区（含 200 个账号 × 5 年的对标数据）。打印写入的账号、栏目、成员、排期、对标账号和文章数据数量。

选项：
  --data-dir 目录          数据文件夹（或设置 OPSBENCH_DATA_DIR）；必须写明，以免误把真实工作区换成演示数据
  --scale 规模             small（默认）或 large
  --seed 数字              随机种子，整数（默认 1）
  --today YYYY-MM-DD       排期围绕的日期（默认：今天）
  --replace                已有数据时，备份后替换为演示数据`,
      backup: `用法：opsbench backup list|create|restore 名称

  list                     滚动备份，最新的在前（名称、原因、时间、大小）
  create                   立即备份，并打印备份名称
  restore 名称             用备份替换工作区（先自动备份当前数据）`,
      import: `用法：opsbench import <对象> 文件 [选项]

把文件导入工作区。对象：{{whats}}。`,
      export: `用法：opsbench export <对象> [选项]

从工作区导出文件。对象：{{whats}}。`,
      importCalendar: `opsbench import calendar 文件 [--dry-run] [--rejected 文件]

把 .csv（Excel 保存的 UTF-8 或 GBK）或 .xlsx 文件的各行导入内容日历，按表头名称对应字段（账号、
日期、时间、位置、栏目、标题、选题说明、负责人、截稿日期、状态、标签）。有错误的行在 stderr 列出
原因并跳过；日历里已有的行也跳过，所以同一个文件导入两次不会多出任何内容。写入前先备份。
一行也没能导入且有错误行时，退出码为 1。

选项：
  --dry-run                只检查文件，打印能导入多少，不写入
  --rejected 文件          把有错误的行写成 CSV（UTF-8 带 BOM，Excel 可直接打开），改好后可再导入`,
      importHolidays: `opsbench import holidays 文件 [--year 年份]

导入一年（或几年）的放假安排，替换工作区里这些年份原有的安排，日历随即按它显示 休 和 班。文件可以是
国务院办公厅《关于20XX年部分节假日安排的通知》的正文（从网页复制存成 .txt），或 CSV：
开始,结束,休/班,名称（如 2027-02-05,2027-02-12,休,春节）。班 必须是周六或周日，休 必须包含该节日的法定假日。

选项：
  --year 年份              通知没有标题（没有「20XX年部分节假日安排」）时用哪一年`,
      exportPlan: `opsbench export plan [--plan ID | --latest] [--period 周期] [--out 文件.docx] [--format docx|md|pdf]

把运营方案写成 Word 文档（.docx）、Markdown 或 PDF（需安装 LibreOffice），与运营台里「导出」的内容相同，
并记入这份方案的导出记录（这时需要写入工作区，运营台开着时请在运营台里导出）。还没有方案（或 --period
指定的周期没有方案）时，按完整模板（七个章节）导出该周期，不新建方案、不记录，只读打开工作区。

选项：
  --plan ID                导出这份方案
  --latest                 导出周期最新的方案（默认）
  --period 周期            该周期的方案，没有则按完整模板导出：2027Q1、2027H1 或 2027-01-01..2027-03-31
                           （默认：今天之后的下一个季度）
  --format 格式            docx、md 或 pdf（默认按 --out 的扩展名，否则 docx）
  --out 文件               写到哪里（默认：当前文件夹下以方案标题命名的文件）`,
      exportCalendar: `opsbench export calendar --from YYYY-MM-DD --to YYYY-MM-DD [--format xlsx|ics] [--out 文件]

把一段日期（最长 400 天）内有日期的排期写成 Excel 工作簿或 iCalendar 文件，打印导出的条数。

选项：
  --format 格式            xlsx（默认；--out 以 .ics 结尾时为 ics）
  --out 文件               写到哪里（默认：当前文件夹下的 内容日历_<from>_<to>.<格式>）`,
    },
  },
};
