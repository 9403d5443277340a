import type { Messages } from '../messages';
import type { hqZhCN } from './zh-CN';

// The HQ server's `opsbench hq …` commands and its error messages (issue 14).

export const hqEn: Messages<typeof hqZhCN> = {
  hq: {
    ready: 'OpsBench HQ ready: {{url}}',
    stopping: 'HQ is shutting down…',
    purged: 'Purged {{count}} deleted rows older than the offline horizon',
    tenantAdded: 'Subsidiary "{{name}}" ({{id}}) created. Its enrollment code, valid until {{expiresAt}} and shown only this once; every computer of the subsidiary enrolls with it:',
    codeIssued: 'A new enrollment code for "{{name}}", valid until {{expiresAt}} and shown only this once:',
    noTenants: 'No subsidiaries yet. Create one with opsbench hq tenant add NAME.',
    tenantLine: '{{name}}  {{id}}  {{devices}} devices  version {{version}}',
    noDevices: 'No devices.',
    deviceLine: '{{id}}  {{tenant}} / {{name}}  app {{appVersion}}  last sync {{lastSeenAt}}  {{state}}',
    deviceActive: 'active',
    deviceRevoked: 'revoked ({{at}})',
    never: 'never',
    revoked: 'Device {{id}} ({{tenant}} / {{name}}) revoked: its token stops working at once.',
    backupWritten: 'Backup written to {{file}}',
    help: {
      hq: 'Usage: opsbench hq <command> [options]\n\nCommands:\n  serve                  run the HQ server\n  tenant add NAME        create a subsidiary, print its enrollment code\n  tenant list            list subsidiaries\n  tenant code NAME_OR_ID a new enrollment code for a subsidiary\n  device list [--tenant NAME_OR_ID]  list devices\n  device revoke ID       revoke a device (a lost laptop; the first 6+ characters of the ID do)\n  backup                 back up the PGlite data folder\n\nCommon options: --data-dir DIR (PGlite, default OPSBENCH_HQ_DATA_DIR), --db postgres://… (PostgreSQL), --json, --help\n\nWith PGlite (the default), stop serve before tenant, device and backup commands (one program at a time uses the data folder); to manage HQ while it serves, use PostgreSQL (--db).',
      serve:
        'Usage: opsbench hq serve [--db postgres://…] [--port N] [--host H] [--data-dir DIR] [--min-app-version V]\n\nRuns the HQ sync server. --port 0 takes a free port; it listens on 127.0.0.1 unless --host says otherwise. Prints "OpsBench HQ ready: URL" once listening. With PGlite (the default) one program at a time uses the data folder.',
      tenantAdd: 'Usage: opsbench hq tenant add NAME [--data-dir DIR | --db URL] [--json]\n\nCreates a subsidiary and prints its enrollment code (the last line, valid {{days}} days). With PGlite, stop serve first.',
      tenantList: 'Usage: opsbench hq tenant list [--data-dir DIR | --db URL] [--json]',
      tenantCode: 'Usage: opsbench hq tenant code NAME_OR_ID [--data-dir DIR | --db URL] [--json]\n\nPrints a new enrollment code (the last line); earlier codes stay valid until they expire.',
      deviceList: 'Usage: opsbench hq device list [--tenant NAME_OR_ID] [--data-dir DIR | --db URL] [--json]',
      deviceRevoke:
        'Usage: opsbench hq device revoke ID [--data-dir DIR | --db URL] [--json]\n\nRevokes a device: its token stops working at once. The beginning of the ID (at least 6 characters) is enough when it names one device.',
      backup: 'Usage: opsbench hq backup [--data-dir DIR] [--json]\n\nBacks up the PGlite data folder to DIR/backups (the last 10 are kept). Stop serve first. Back up PostgreSQL with pg_dump.',
    },
    errors: {
      usageHint: '. Run "opsbench hq{{command}} --help" for usage.',
      unknownCommand: 'unknown command "{{command}}"',
      arguments: 'invalid arguments: {{detail}}',
      badPort: '--port must be a whole number from 0 to 65535 (got "{{value}}")',
      needName: 'the NAME is missing',
      needId: 'the device ID is missing',
      locked: 'the HQ data folder {{dataDir}} is in use by process {{pid}} (most likely opsbench hq serve). Stop it and try again; to manage HQ while it serves, use PostgreSQL (--db).',
      tenant_exists: 'there already is a subsidiary named "{{subject}}"',
      tenant_not_found: 'no subsidiary has the name or ID "{{subject}}" (see opsbench hq tenant list)',
      device_not_found: 'no device has the ID "{{subject}}" (see opsbench hq device list)',
      device_ambiguous: 'more than one device has an ID starting with "{{subject}}": type more of it (see opsbench hq device list)',
      invalid_name: 'a subsidiary name has 1 to 100 characters',
      backupNeedsPglite: 'back up PostgreSQL with its own tools (pg_dump)',
      portInUse: 'port {{port}} is in use: pick another with --port, or --port 0 for a free one',
      failed: 'failed: {{detail}}',
    },
  },
};
