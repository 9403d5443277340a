import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { worklogContract } from '../../../src-shared/contract/worklog';
import type { ServiceContext } from '../context';
import { commitImport, previewRows, readImport, rejectedOf } from '../imports/pipeline';
import { loadWorkspaceNames } from '../workspace/workspace-names';
import { createEntries } from './entries';
import { worklogFile } from './export';
import { worklogImport } from './import';
import { searchLinks } from './links';
import { stats, timesheet } from './reports';

/** A preview sends at most this many rows (problems first); the counts cover the whole file. */
const PREVIEW_ROWS = 2000;

export function createWorklogService(ctx: ServiceContext): DomainHandlers<typeof worklogContract> {
  const entries = createEntries(ctx);
  return {
    ...entries,
    timesheet: (input) => timesheet(ctx, input),
    stats: (input) => stats(ctx, input),
    searchLinks: ({ query }) => searchLinks(ctx, query),
    async export({ from, to, format }) {
      const names = new Map(loadWorkspaceNames(ctx).members.map((m) => [m.id, m.name]));
      return worklogFile(entries.list({ from, to }), names, { from, to }, format);
    },
    async previewImport(input) {
      const read = await readImport(ctx, worklogImport, input);
      const { format, encoding, header, suggested, mapping, savedMapping, unmapped, counts } = read;
      const rows = previewRows(read.rows, PREVIEW_ROWS).map(({ row, cells, issues, outcome }) => ({ row, cells: cells as Record<string, string>, issues, outcome }));
      return {
        format,
        encoding,
        header,
        suggested,
        mapping,
        savedMapping,
        unmapped,
        rows,
        counts: { valid: counts.create, invalid: counts.invalid, duplicate: counts.duplicate },
        rejected: rejectedOf(worklogImport, read),
      };
    },
    async commitImport(input) {
      const { written, counts, rejected } = await commitImport(ctx, worklogImport, input);
      return { created: written.length, duplicates: counts.duplicate, invalid: counts.invalid, rejected };
    },
  };
}
