import { eq, getTableName, isNull } from 'drizzle-orm';
import type { Workspace, WorkspaceInput, WorkspaceStatus } from '../../../src-shared/contract/workspace';
import { accounts, libraryItems, workspace } from '../../db/schema';
import type { ServiceContext } from '../context';
import { seedStarterLibrary } from '../library/library-service';
import { STARTER_ITEMS } from '../library/starter-library';

export const WORKSPACE_ID = 'workspace';

/**
 * The rows a new workspace (startEmpty) writes by itself, with fixed ids: not the operator's data.
 * Enrolling with HQ lets HQ's versions of them win (sync/enroll.ts).
 */
export const SELF_SEEDED_ROWS: ReadonlyArray<{ table: string; id: string }> = [{ table: getTableName(workspace), id: WORKSPACE_ID }, ...STARTER_ITEMS.map(({ id }) => ({ table: getTableName(libraryItems), id }))];

type WorkspaceRow = typeof workspace.$inferSelect;

function toWorkspace(row: WorkspaceRow): Workspace {
  return { name: row.name, shortName: row.shortName, brand: row.brand, industry: row.industry, namingTemplate: row.namingTemplate, updatedAt: row.updatedAt };
}

export function readWorkspace(ctx: ServiceContext): Workspace | null {
  const row = ctx.db.select().from(workspace).where(eq(workspace.id, WORKSPACE_ID)).get();
  return row && !row.deletedAt ? toWorkspace(row) : null;
}

export function createWorkspaceService(ctx: ServiceContext) {
  function save(input: WorkspaceInput): Workspace {
    ctx.repo.transaction(() => {
      const exists = ctx.db.select({ id: workspace.id }).from(workspace).where(eq(workspace.id, WORKSPACE_ID)).get();
      if (exists) ctx.repo.update(workspace, WORKSPACE_ID, { ...input, deletedAt: null });
      else ctx.repo.insert(workspace, { id: WORKSPACE_ID, ...input });
    });
    return readWorkspace(ctx)!;
  }

  return {
    status(): WorkspaceStatus {
      const current = readWorkspace(ctx);
      const hasAccounts = ctx.db.select({ id: accounts.id }).from(accounts).where(isNull(accounts.deletedAt)).limit(1).get() !== undefined;
      return { initialized: current !== null, dataDir: ctx.dataDir, workspace: current, hasAccounts };
    },
    update: save,
    /** A new workspace starts with the library's starter blocks and templates. */
    startEmpty(input: WorkspaceInput): Workspace {
      return ctx.repo.transaction(() => {
        const created = save(input);
        seedStarterLibrary(ctx);
        return created;
      });
    },
  };
}
