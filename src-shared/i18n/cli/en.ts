import type { Messages } from '../messages';
import type { cliZhCN } from './zh-CN';

// The `opsbench` command's own texts. English; the type makes a missing or extra key a compile error.

export const cliEn: Messages<typeof cliZhCN> = {
  cli: {
    separator: '; ',
    usage: {
      hint: 'Run "{{help}}" for usage.',
      noCommand: 'no command given',
      unknownCommand: 'unknown command "{{command}}"',
      unknownOption: 'unknown option "{{option}}"',
      missingValue: 'option {{option}} needs a value',
      takesNoValue: 'option {{option}} takes no value',
      unexpectedArgument: 'unexpected argument "{{argument}}"',
      invalidArguments: 'invalid arguments: {{detail}}',
      badLanguage: '--lang must be zh-CN or en (got "{{value}}")',
      wholeNumber: '{{option}} must be a whole number from {{min}} to {{max}} (got "{{value}}")',
      badDate: '{{option}} must be a date written YYYY-MM-DD (got "{{value}}")',
      oneOf: '{{option}} must be {{choices}} (got "{{value}}")',
      needWhat: '{{command}} needs what to {{command}}: {{whats}}',
      unknownWhat: 'cannot {{command}} "{{what}}": use {{whats}}',
      needFile: '{{command}} needs the FILE ({{formats}})',
      needRange: '{{command}} needs --from YYYY-MM-DD and --to YYYY-MM-DD',
      needVerb: '{{command}} needs an action: {{verbs}}',
      unknownVerb: 'unknown {{command}} action "{{verb}}": use {{verbs}}',
      needBackupName: 'backup restore needs the NAME of a backup (see opsbench backup list)',
      needDemoDir: 'demo needs --data-dir DIR (or OPSBENCH_DATA_DIR), so that a real workspace is never replaced by accident',
    },
    error: {
      cannotRead: 'cannot read {{path}}: {{reason}}',
      cannotWrite: 'cannot write {{path}}: {{reason}}',
      dataDir: 'cannot use {{dataDir}} as the data folder ({{reason}}); pick another with --data-dir',
      cannotOpen: 'cannot open the workspace in {{dataDir}}: {{detail}}',
      locked: 'the workspace in {{dataDir}} is open in {{program}} (process {{pid}}, since {{since}}); close it and try again',
      notBuilt: 'the app is not built ({{file}} is missing): run npm run build first',
      portInUse: 'port {{port}} is in use: pick another with --port, or --port 0 for a free one',
      noSuchBackup: 'there is no backup {{name}} in {{dataDir}} (see opsbench backup list)',
      internal: 'something went wrong: {{detail}}',
    },
    fs: {
      missing: 'no such file',
      denied: 'permission denied',
      folder: 'it is a folder',
      fileInTheWay: 'a file is in the way',
      diskFull: 'the disk is full',
    },
    web: {
      ready: 'OpsBench ready: {{url}}',
      serving: 'Data folder: {{dataDir}}. Press Ctrl+C to stop.',
    },
    demo: {
      done: "Demo workspace ({{scale}}, seed {{seed}}) written to {{dataDir}}: {{accounts}} accounts, {{columns}} columns, {{members}} members, {{calendarItems}} calendar items, {{peers}} peer accounts, {{posts}} articles' figures.",
    },
    backup: {
      listed_one: '{{count}} backup in {{dataDir}}:',
      listed_other: '{{count}} backups in {{dataDir}}, newest first:',
      none: 'No backups yet in {{dataDir}}.',
      created: 'Backup created: {{name}} ({{size}})',
      restored: 'Workspace restored from {{name}} (the state before was backed up first).',
    },
    import: {
      problem: 'Row {{row}}, {{field}}: {{reason}}',
      rejectedFile_one: '{{count}} rejected row written to {{path}}: fix it and import that file again.',
      rejectedFile_other: '{{count}} rejected rows written to {{path}}: fix them and import that file again.',
      counts: {
        done_one: 'Imported {{imported}} / updated {{updated}} / duplicates {{duplicates}} / rejected {{rejected}}.',
        done_other: 'Imported {{imported}} / updated {{updated}} / duplicates {{duplicates}} / rejected {{rejected}}.',
        dryRun_one: 'Dry run: importable {{importable}} / duplicates {{duplicates}} / rejected {{rejected}}; nothing was written.',
        dryRun_other: 'Dry run: importable {{importable}} / duplicates {{duplicates}} / rejected {{rejected}}; nothing was written.',
      },
      calendar: {
        done_one: 'Imported {{imported}} item (skipped as duplicates: {{duplicates}}, rejected: {{rejected}}).',
        done_other: 'Imported {{imported}} items (skipped as duplicates: {{duplicates}}, rejected: {{rejected}}).',
        dryRun_one: 'Dry run: {{importable}} item would be imported (duplicates: {{duplicates}}, rejected: {{rejected}}); nothing was written.',
        dryRun_other: 'Dry run: {{importable}} items would be imported (duplicates: {{duplicates}}, rejected: {{rejected}}); nothing was written.',
      },
      holidays: {
        done_one: 'Imported the holiday schedule of {{list}}: {{off}} ranges off, {{work}} make-up workdays (replacing what those years held).',
        done_other: 'Imported the holiday schedule of {{list}}: {{off}} ranges off, {{work}} make-up workdays (replacing what those years held).',
      },
    },
    export: {
      plan: {
        done: 'Exported the marketing plan “{{title}}” ({{format}}, {{sections}} sections, recorded among its exports): {{path}}',
        template: 'No marketing plan for {{period}} yet: exported the full template as “{{title}}” ({{format}}; no plan created, no export recorded): {{path}}',
        badPeriod: '“{{value}}” is not a plan period: write 2027Q1 (a quarter), 2027H1 (a half year) or 2027-01-01..2027-03-31',
        unknownPlan: 'There is no marketing plan with the ID {{id}} (it may have been deleted)',
        formatMismatch: "{{out}}'s extension does not match the format {{format}}: end the file name in .{{format}}, or leave out --format",
        oneSelector: 'Give one of --plan, --latest and --period: --plan names a plan, --latest takes the newest plan, --period the plan of that period',
        needsLibreOffice: 'Exporting a PDF needs LibreOffice (soffice), which was not found on this computer. Export the .docx and save it as PDF from Word or WPS',
      },
      calendar: {
        done_one: 'Exported {{count}} item from {{from}} to {{to}}: {{path}}',
        done_other: 'Exported {{count}} items from {{from}} to {{to}}: {{path}}',
      },
    },
    help: {
      main: `opsbench: OpsBench 运营台 without the window, for scripts, tests and browser mode.

Usage: opsbench <command> [options]

Moving data:
  import <what> FILE       Import a file into the workspace (what: {{imports}})
  export <what>            Export a file from the workspace (what: {{exports}})
Managing:
  backup list              List the workspace's rolling backups, newest first
  backup create            Make a backup now
  backup restore NAME      Replace the workspace with a backup (the current state is backed up first)
  sync enroll              Enrol the workspace with HQ by its address and an enrolment code (opsbench sync enroll --help)
  sync [status|leave]      Sync with HQ until nothing is left to push or pull; show the status; leave sync
  hq …                     The HQ server (opsbench hq --help): serve, tenant, device, backup
Other:
  demo                     Write the deterministic demo workspace (华东分公司) into a data folder
  web                      Serve the app on http://127.0.0.1 (browser mode) and open it
  lint FILE                Check an article file (.md, .html, .docx, .txt): Advertising Law terms, inducement, lengths, links
  -v, --version            Show the version

Every command prints what it did, with counts; "opsbench <command> --help" shows its options.
Exit codes: 0 done; 1 failed or nothing done (reason on stderr; OPSBENCH_DEBUG=1 adds the stack); 2 usage error.`,
      common: `Options of every command:
  --data-dir DIR           The data folder (default: $OPSBENCH_DATA_DIR, else the per-user OpsBench folder)
  --lang zh-CN|en          The language (default: from LC_ALL, LC_MESSAGES, LANG, where C/POSIX count as unset; else Chinese)
  --json                   Print one JSON object on stdout (message keys with params, counts) for scripts
  -h, --help               Show help`,
      web: `Usage: opsbench web [--port N] [--no-open]

Starts the local back end and serves the built app on 127.0.0.1 with a fresh session token,
prints one line "OpsBench ready: <url>" on stdout (the same in every language, for scripts) and
opens the system browser. Ctrl+C stops it.

Options:
  --port N                 Port to listen on (default 0: a free port)
  --no-open                Do not open the system browser`,
      demo: `Usage: opsbench demo --data-dir DIR [--scale small|large] [--seed N] [--today YYYY-MM-DD] [--replace]

Writes the deterministic demo workspace (华东分公司) into an empty DIR. Over existing data it needs
--replace: a backup first, then the data is replaced by the demo (never a second copy). Its calendar
lives around today: last month, this month and next month. The same seed and the same --today always
give the same data. Benchmarks too: 8 peer accounts and a year of weekly/monthly figures, articles'
figures and follower days; --scale large makes the benchmark workspace (benchmarks of 200 accounts ×
5 years). Prints how many accounts, columns, members, calendar items, peers and articles it wrote.

Options:
  --data-dir DIR           The data folder (or set OPSBENCH_DATA_DIR); required so a real workspace is never replaced by accident
  --scale S                small (default) or large
  --seed N                 Random seed, a whole number (default 1)
  --today YYYY-MM-DD       The day the calendar lives around (default: today)
  --replace                Over existing data: back it up, then replace it with the demo`,
      backup: `Usage: opsbench backup list|create|restore NAME

  list                     The rolling backups, newest first (name, reason, time, size)
  create                   Makes a backup now and prints its name
  restore NAME             Replaces the workspace with backup NAME (the current state is backed up first)`,
      import: `Usage: opsbench import <what> FILE [options]

Imports a file into the workspace. What: {{whats}}.`,
      export: `Usage: opsbench export <what> [options]

Exports a file from the workspace. What: {{whats}}.`,
      importCalendar: `opsbench import calendar FILE [--dry-run] [--rejected FILE]

Imports the rows of a .csv (UTF-8 or GBK, as Excel saves it) or .xlsx file into the content
calendar, matching columns by their header names (账号, 日期, 时间, 位置, 栏目, 标题, 选题说明,
负责人, 截稿日期, 状态, 标签). Rows with errors are listed on stderr with the reason and skipped; rows
already in the calendar are skipped, so importing a file twice creates nothing new. A backup is
made first. Exits 1 when no row could be imported because of errors.

Options:
  --dry-run                Check the file and print what would be imported, without writing
  --rejected FILE          Write the rejected rows as CSV (UTF-8 with BOM, opens in Excel) to fix and import again`,
      importHolidays: `opsbench import holidays FILE [--year YEAR]

Imports a year's (or several years') official holiday schedule, replacing what the workspace holds for
those years; the calendar shows its 休 (off) and 班 (make-up workdays) at once. The file is either the
State Council's notice ("关于20XX年部分节假日安排的通知", its text saved as .txt) or a CSV
start,end,休/班,name (e.g. 2027-02-05,2027-02-12,休,春节). A 班 must be a Saturday or Sunday; a 休 range
must include its holiday's statutory days.

Options:
  --year YEAR              the year of a notice pasted without its title`,
      exportPlan: `opsbench export plan [--plan ID | --latest] [--period PERIOD] [--out FILE.docx] [--format docx|md|pdf]

Writes the marketing plan as a Word document (.docx), Markdown or PDF (needs LibreOffice), the same
content as the app's Export, and records it among the plan's exports (which writes to the workspace:
while the app has it open, export from the app). With no plan yet (or none for --period), exports the
full template (all seven sections) for the period without creating a plan or recording anything,
opening the workspace read-only.

Options:
  --plan ID                Export this plan
  --latest                 Export the plan with the latest period (the default)
  --period PERIOD          The plan of this period, else the full template for it: 2027Q1, 2027H1 or
                           2027-01-01..2027-03-31 (default: the quarter after today's)
  --format F               docx, md or pdf (default: from --out's extension, else docx)
  --out FILE               Where to write (default: a file named after the plan's title in the current folder)`,
      exportCalendar: `opsbench export calendar --from YYYY-MM-DD --to YYYY-MM-DD [--format xlsx|ics] [--out FILE]

Writes the dated items of a range (at most 400 days) as an Excel workbook or an iCalendar file
and prints how many.

Options:
  --format F               xlsx (default, or ics when --out ends in .ics)
  --out FILE               Where to write (default: 内容日历_<from>_<to>.<format> in the current folder)`,
    },
  },
};
