import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Learning, LearningInput, PeerAccount, PeerInput } from '../../../src-shared/contract/benchmarks';
import { assets, peerAccounts, peerLearnings } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';
import { keyboardMemberOf } from '../team/keyboard';
import { byName, liveAccounts } from './bench-accounts';

// Peer accounts (同行/竞品) and what we learn from them. Deleting a peer tombstones it alone: its
// learnings and figures stay stored but hidden while it is deleted, so restoring brings all back.

type PeerRow = typeof peerAccounts.$inferSelect;
type LearningRow = typeof peerLearnings.$inferSelect;

function toPeer(row: PeerRow): PeerAccount {
  let tags: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.tags);
    if (Array.isArray(parsed)) tags = parsed.filter((t): t is string => typeof t === 'string');
  } catch {
    // A damaged tags value shows as no tags rather than failing the list.
  }
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    platform: row.platform as PeerAccount['platform'],
    name: row.name,
    handle: row.handle,
    ownerCompany: row.ownerCompany,
    industry: row.industry,
    tags,
    reason: row.reason,
  };
}

function toLearning(row: LearningRow): Learning {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    peerId: row.peerId,
    kind: row.kind as Learning['kind'],
    text: row.text,
    link: row.link,
    assetId: row.assetId,
    memberId: row.memberId,
  };
}

/** The stored form of a (partial) peer input: tags as JSON, fields left out stay undefined. */
function peerValues(input: Partial<PeerInput>) {
  const { tags, ...rest } = input;
  return { ...rest, tags: tags === undefined ? undefined : JSON.stringify([...new Set(tags)]) };
}

export function createPeersService(ctx: ServiceContext) {
  const findPeer = (id: string) => requireRow(ctx.db.select().from(peerAccounts).where(eq(peerAccounts.id, id)).get(), 'peer account', id);
  const findLivePeer = (id: string) => {
    const row = findPeer(id);
    return requireRow(row.deletedAt ? undefined : row, 'peer account', id);
  };
  const findLearning = (id: string) => {
    const row = ctx.db.select().from(peerLearnings).where(eq(peerLearnings.id, id)).get();
    const peer = row && ctx.db.select({ deletedAt: peerAccounts.deletedAt }).from(peerAccounts).where(eq(peerAccounts.id, row.peerId)).get();
    // A learning of a deleted peer is hidden with it.
    return requireRow(row && !row.deletedAt && peer && !peer.deletedAt ? row : undefined, 'learning', id);
  };
  const requirePeer = (id: string) => {
    const row = ctx.db
      .select({ id: peerAccounts.id })
      .from(peerAccounts)
      .where(and(eq(peerAccounts.id, id), isNull(peerAccounts.deletedAt)))
      .get();
    if (!row) throw new AppError('validation', `peer account ${id} not found`, [{ path: ['peerId'], message: 'validation.unknown.account' }]);
  };
  const requireAsset = (id: string | null | undefined) => {
    if (!id) return;
    const row = ctx.db
      .select({ id: assets.id })
      .from(assets)
      .where(and(eq(assets.id, id), isNull(assets.deletedAt)))
      .get();
    if (!row) throw new AppError('validation', `asset ${id} not found`, [{ path: ['assetId'], message: 'validation.unknown.asset' }]);
  };

  return {
    listPeers(): PeerAccount[] {
      const rows = ctx.db.select().from(peerAccounts).where(isNull(peerAccounts.deletedAt)).all();
      return rows.map(toPeer).sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
    },
    createPeer(input: PeerInput): PeerAccount {
      const id = ctx.repo.insert(peerAccounts, peerValues(input));
      return toPeer(findPeer(id));
    },
    updatePeer({ id, ...patch }: Partial<PeerInput> & { id: string }): PeerAccount {
      ctx.repo.transaction(() => {
        findLivePeer(id);
        ctx.repo.update(peerAccounts, id, peerValues(patch));
      });
      return toPeer(findPeer(id));
    },
    deletePeer({ id }: { id: string }) {
      findPeer(id);
      ctx.repo.tombstone(peerAccounts, id);
      return { ok: true as const };
    },
    restorePeer({ id }: { id: string }): PeerAccount {
      findPeer(id);
      ctx.repo.restore(peerAccounts, id);
      return toPeer(findPeer(id));
    },
    listAccounts: () => liveAccounts(ctx),

    listLearnings({ peerId }: { peerId?: string }): Learning[] {
      return ctx.db
        .select({ row: peerLearnings })
        .from(peerLearnings)
        .innerJoin(peerAccounts, and(eq(peerAccounts.id, peerLearnings.peerId), isNull(peerAccounts.deletedAt)))
        .where(and(isNull(peerLearnings.deletedAt), peerId === undefined ? undefined : eq(peerLearnings.peerId, peerId)))
        .orderBy(desc(peerLearnings.createdAt), desc(peerLearnings.id))
        .all()
        .map(({ row }) => toLearning(row));
    },
    createLearning(input: LearningInput): Learning {
      const id = ctx.repo.transaction(() => {
        requirePeer(input.peerId);
        requireAsset(input.assetId);
        return ctx.repo.insert(peerLearnings, { ...input, memberId: keyboardMemberOf(ctx) });
      });
      return toLearning(findLearning(id));
    },
    updateLearning({ id, ...patch }: Partial<LearningInput> & { id: string }): Learning {
      ctx.repo.transaction(() => {
        const current = findLearning(id);
        if (patch.peerId !== undefined && patch.peerId !== current.peerId) requirePeer(patch.peerId);
        if (patch.assetId !== undefined && patch.assetId !== current.assetId) requireAsset(patch.assetId);
        ctx.repo.update(peerLearnings, id, patch);
      });
      return toLearning(findLearning(id));
    },
    deleteLearning({ id }: { id: string }) {
      findLearning(id);
      ctx.repo.tombstone(peerLearnings, id);
      return { ok: true as const };
    },
  };
}
