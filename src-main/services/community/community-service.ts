import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import type { Script, ScriptInput, ScriptKind } from '../../../src-shared/contract/community';
import type { communityContract } from '../../../src-shared/contract/community';
import type { DomainHandlers } from '../../../src-shared/contract/define';
import { communityScripts } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';
import { getGroup, listGroups, requireGroup, updateGroup } from './community-groups';

type ScriptRow = typeof communityScripts.$inferSelect;

const KIND_ORDER = sql`CASE ${communityScripts.kind} WHEN 'welcome' THEN 0 WHEN 'announcement' THEN 1 WHEN 'keyword' THEN 2 ELSE 3 END`;

function toScript({ deletedAt: _deleted, ...row }: ScriptRow): Script {
  return { ...row, kind: row.kind as ScriptKind };
}

/** The group's (null: the templates') rows. */
const ofGroup = (groupId: string | null) => (groupId === null ? isNull(communityScripts.groupId) : eq(communityScripts.groupId, groupId));

export function createCommunityService(ctx: ServiceContext): DomainHandlers<typeof communityContract> {
  function find(id: string): ScriptRow {
    return requireRow(ctx.db.select().from(communityScripts).where(eq(communityScripts.id, id)).get(), 'script', id);
  }

  /** After the last script of its kind in its group. */
  function nextPosition(groupId: string | null, kind: string): number {
    const row = ctx.db
      .select({ last: max(communityScripts.position) })
      .from(communityScripts)
      .where(and(ofGroup(groupId), eq(communityScripts.kind, kind), isNull(communityScripts.deletedAt)))
      .get();
    return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
  }

  function insertScript(input: Required<Pick<ScriptInput, 'kind'>> & Omit<ScriptInput, 'kind'>): Script {
    if (input.groupId !== null) requireGroup(ctx, input.groupId);
    const keyword = input.kind === 'keyword' ? (input.keyword ?? '') : '';
    const id = ctx.repo.insert(communityScripts, { groupId: input.groupId, kind: input.kind, title: input.title ?? '', keyword, text: input.text ?? '', position: nextPosition(input.groupId, input.kind) });
    return toScript(find(id));
  }

  return {
    groups: () => listGroups(ctx),
    getGroup: ({ id }) => getGroup(ctx, id),
    updateGroup: ({ id, patch }) => updateGroup(ctx, id, patch),
    scripts({ groupId }) {
      if (groupId !== null) requireGroup(ctx, groupId);
      return ctx.db
        .select()
        .from(communityScripts)
        .where(and(ofGroup(groupId), isNull(communityScripts.deletedAt)))
        .orderBy(KIND_ORDER, asc(communityScripts.position), asc(communityScripts.createdAt))
        .all()
        .map(toScript);
    },
    createScript: (input) => ctx.repo.transaction(() => insertScript(input)),
    updateScript({ id, patch }) {
      const row = find(id);
      const kind = patch.kind ?? (row.kind as ScriptKind);
      const keyword = kind === 'keyword' ? (patch.keyword ?? row.keyword) : '';
      if (kind === 'keyword' && keyword === '') throw new AppError('validation', 'a keyword reply needs its keyword', [{ path: ['keyword'], message: 'validation.required' }]);
      ctx.repo.transaction(() => {
        const moved = kind !== row.kind ? { position: nextPosition(row.groupId, kind) } : {};
        ctx.repo.update(communityScripts, id, { ...patch, kind, keyword, ...moved });
      });
      return toScript(find(id));
    },
    removeScript({ id }) {
      find(id);
      ctx.repo.tombstone(communityScripts, id);
      return { ok: true as const };
    },
    restoreScript({ id }) {
      find(id);
      ctx.repo.restore(communityScripts, id);
      return toScript(find(id));
    },
    reorderScripts({ ids }) {
      const rows = ids.map(find);
      if (rows.some((row) => row.groupId !== rows[0]!.groupId || row.deletedAt)) throw new AppError('validation', 'scripts of one group only', [{ path: ['ids'], message: 'validation.invalid' }]);
      ctx.repo.transaction(() => rows.forEach((row, position) => ctx.repo.update(communityScripts, row.id, { position })));
      return ids.map((id) => toScript(find(id)));
    },
    copyTemplate({ templateId, groupId }) {
      const template = find(templateId);
      if (template.groupId !== null || template.deletedAt) throw new AppError('not_found', `template ${templateId} not found`);
      return ctx.repo.transaction(() => insertScript({ groupId, kind: template.kind as ScriptKind, title: template.title, keyword: template.keyword, text: template.text }));
    },
  };
}
