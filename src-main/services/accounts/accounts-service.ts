import { asc, eq, isNull } from 'drizzle-orm';
import type { Account, AccountInput } from '../../../src-shared/contract/accounts';
import { frequencyOverLimit, type Frequency } from '../../../src-shared/domain/accounts/frequency';
import { checkAccountName } from '../../../src-shared/domain/accounts/naming';
import type { Workspace } from '../../../src-shared/contract/workspace';
import { accounts } from '../../db/schema';
import { slotItemsForPlatform } from '../calendar/platform-slots';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive, requireRow } from '../references';
import { readWorkspace } from '../workspace/workspace-service';

type AccountRow = typeof accounts.$inferSelect;

function toAccount(row: AccountRow, ws: Workspace | null): Account {
  const naming = checkAccountName(row.name, ws?.namingTemplate ?? '', {
    brand: ws?.brand ?? '',
    shortName: ws?.shortName ?? '',
    city: row.city,
    businessLine: row.businessLine,
  });
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    platform: row.platform as Account['platform'],
    name: row.name,
    handle: row.handle,
    purpose: row.purpose as Account['purpose'],
    businessLine: row.businessLine,
    city: row.city,
    followers: row.followers,
    verified: row.verified,
    updateFrequency: row.updateFrequency as Account['updateFrequency'],
    usualPushTime: row.usualPushTime,
    ownerId: row.ownerId,
    qrPlacement: row.qrPlacement,
    notes: row.notes,
    naming,
  };
}

/** The contract refuses a whole input whose frequency its platform cannot keep; this also checks an update's result (a patch may change only one of the two). */
function requireFrequencyFits(platform: string, frequency: string): void {
  const max = frequencyOverLimit(platform, frequency as Frequency);
  if (max !== undefined)
    throw new AppError('validation', `a ${platform} account pushes at most ${max} times a month: it cannot update ${frequency}`, [
      { path: ['updateFrequency'], message: 'validation.platformLimits.frequency', params: { max } },
    ]);
}

export function createAccountsService(ctx: ServiceContext) {
  function find(id: string): AccountRow {
    return requireRow(ctx.db.select().from(accounts).where(eq(accounts.id, id)).get(), 'account', id);
  }
  function findLive(id: string): AccountRow {
    const row = find(id);
    return requireRow(row.deletedAt ? undefined : row, 'account', id);
  }
  function get(id: string): Account {
    return toAccount(find(id), readWorkspace(ctx));
  }

  return {
    list(): Account[] {
      const ws = readWorkspace(ctx);
      return ctx.db
        .select()
        .from(accounts)
        .where(isNull(accounts.deletedAt))
        .orderBy(asc(accounts.createdAt))
        .all()
        .map((row) => toAccount(row, ws));
    },
    get({ id }: { id: string }): Account {
      return toAccount(findLive(id), readWorkspace(ctx));
    },
    create(input: AccountInput): Account {
      const id = ctx.repo.transaction(() => {
        requireLive(ctx, 'member', input.ownerId, 'ownerId');
        requireFrequencyFits(input.platform, input.updateFrequency);
        return ctx.repo.insert(accounts, input);
      });
      return get(id);
    },
    update({ id, patch }: { id: string; patch: Partial<AccountInput> }): Account {
      ctx.repo.transaction(() => {
        const current = findLive(id);
        // A member removed later leaves accounts they owned editable: only a new owner is checked.
        if (patch.ownerId !== current.ownerId) requireLive(ctx, 'member', patch.ownerId, 'ownerId');
        const platform = patch.platform ?? current.platform;
        // An account already stored with a frequency its platform cannot keep stays editable until one of the two changes.
        if (patch.platform !== undefined || patch.updateFrequency !== undefined) requireFrequencyFits(platform, patch.updateFrequency ?? current.updateFrequency);
        ctx.repo.update(accounts, id, patch);
        // Only WeChat's pushes have 头条/次条: the account's items follow a change of platform.
        if (platform !== current.platform) slotItemsForPlatform(ctx, id, platform);
      });
      return get(id);
    },
    remove({ id }: { id: string }) {
      find(id);
      ctx.repo.tombstone(accounts, id);
      return { ok: true as const };
    },
    restore({ id }: { id: string }): Account {
      find(id);
      ctx.repo.restore(accounts, id);
      return get(id);
    },
  };
}
