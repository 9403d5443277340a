import { and, asc, eq, isNull } from 'drizzle-orm';
import { Role, type KpiInput, type Member, type MemberInput } from '../../../src-shared/contract/team';
import { KpiMetric } from '../../../src-shared/contract/team-appraisal';
import { memberKpis, memberRoles, members } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';
import { createAppraisal } from './appraisal';
import { keyboardMemberOf, setKeyboardMember } from './keyboard';

type MemberRow = typeof members.$inferSelect;

export function createTeamService(ctx: ServiceContext) {
  function find(id: string): MemberRow {
    return requireRow(ctx.db.select().from(members).where(eq(members.id, id)).get(), 'member', id);
  }

  function toMember(row: MemberRow): Member {
    const roles = ctx.db
      .select({ role: memberRoles.role })
      .from(memberRoles)
      .where(and(eq(memberRoles.memberId, row.id), isNull(memberRoles.deletedAt)))
      .all();
    const kpis = ctx.db
      .select()
      .from(memberKpis)
      .where(and(eq(memberKpis.memberId, row.id), isNull(memberKpis.deletedAt)))
      .orderBy(asc(memberKpis.position))
      .all();
    return {
      id: row.id,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      name: row.name,
      dailyDuties: row.dailyDuties,
      contact: row.contact,
      hourlyCostFen: row.hourlyCostFen,
      roles: Role.options.filter((role) => roles.some((r) => r.role === role)),
      kpis: kpis.map((k) => ({ id: k.id, name: k.name, target: k.target, unit: k.unit, metric: KpiMetric.catch('').parse(k.metric) })),
    };
  }

  /** Roles are a set: one row per role with a deterministic id, tombstoned when taken away. */
  function writeRoles(memberId: string, wanted: readonly string[]): void {
    for (const role of Role.options) {
      const id = `${memberId}:${role}`;
      const row = ctx.db.select().from(memberRoles).where(eq(memberRoles.id, id)).get();
      const want = wanted.includes(role);
      if (want && !row) ctx.repo.insert(memberRoles, { id, memberId, role });
      else if (want && row?.deletedAt) ctx.repo.restore(memberRoles, id);
      else if (!want && row && !row.deletedAt) ctx.repo.tombstone(memberRoles, id);
    }
  }

  function writeKpis(memberId: string, kpis: readonly KpiInput[]): void {
    const existing = ctx.db
      .select()
      .from(memberKpis)
      .where(and(eq(memberKpis.memberId, memberId), isNull(memberKpis.deletedAt)))
      .all();
    const kept = new Set<string>();
    kpis.forEach((kpi, position) => {
      const values = { memberId, name: kpi.name, target: kpi.target, unit: kpi.unit ?? '', metric: kpi.metric ?? '', position };
      const match = kpi.id ? existing.find((e) => e.id === kpi.id) : undefined;
      if (match) {
        ctx.repo.update(memberKpis, match.id, values);
        kept.add(match.id);
      } else ctx.repo.insert(memberKpis, values);
    });
    for (const old of existing) if (!kept.has(old.id)) ctx.repo.tombstone(memberKpis, old.id);
  }

  return {
    list(): Member[] {
      return ctx.db.select().from(members).where(isNull(members.deletedAt)).orderBy(asc(members.createdAt)).all().map(toMember);
    },
    create(input: MemberInput): Member {
      const id = ctx.repo.transaction(() => {
        const memberId = ctx.repo.insert(members, { name: input.name, dailyDuties: input.dailyDuties, contact: input.contact, hourlyCostFen: input.hourlyCostFen });
        writeRoles(memberId, input.roles);
        writeKpis(memberId, input.kpis ?? []);
        return memberId;
      });
      return toMember(find(id));
    },
    update({ id, patch }: { id: string; patch: Partial<MemberInput> }): Member {
      ctx.repo.transaction(() => {
        find(id);
        const { roles, kpis, ...fields } = patch;
        ctx.repo.update(members, id, fields);
        if (roles) writeRoles(id, roles);
        if (kpis) writeKpis(id, kpis);
      });
      return toMember(find(id));
    },
    remove({ id }: { id: string }) {
      find(id);
      ctx.repo.tombstone(members, id);
      return { ok: true as const };
    },
    restore({ id }: { id: string }): Member {
      find(id);
      ctx.repo.restore(members, id);
      return toMember(find(id));
    },
    appraisal: createAppraisal(ctx),
    keyboard: () => ({ memberId: keyboardMemberOf(ctx) }),
    setKeyboard({ memberId }: { memberId: string | null }) {
      setKeyboardMember(ctx, memberId);
      return { memberId: keyboardMemberOf(ctx) };
    },
  };
}
