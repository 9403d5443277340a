import type { StoreApi } from 'zustand';
import { contract } from '../../../src-shared/contract';
import type { Account } from '../../../src-shared/contract/accounts';
import type { Column } from '../../../src-shared/contract/columns';
import type { ChangeEvent, MethodSpec } from '../../../src-shared/contract/define';
import type { Member } from '../../../src-shared/contract/team';
import { ApiCallError, createClient, type ApiDeps, type ChangeListener } from '../../../src-renderer/lib/api';

// An in-memory back end behind the real contract validation, so stores meet the same
// `validation` errors and issues the real services send.

type Handler = (input: never) => unknown;
export type FakeHandlers = Record<string, Record<string, Handler>>;

export interface FakeBackend extends ApiDeps {
  /** Emits a `<domain>.changed` event as the main process would. */
  emit(event: ChangeEvent): void;
  accounts: Map<string, Account & { deleted?: boolean }>;
  members: Map<string, Member & { deleted?: boolean }>;
  columns: Map<string, Column & { deleted?: boolean }>;
  calls: string[];
}

let seq = 0;
const nextId = () => `id-${++seq}`;
const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, seq)).toISOString();

export function fakeBackend(overrides: FakeHandlers = {}): FakeBackend {
  const listeners = new Set<ChangeListener>();
  const accounts = new Map<string, Account & { deleted?: boolean }>();
  const members = new Map<string, Member & { deleted?: boolean }>();
  const columns = new Map<string, Column & { deleted?: boolean }>();
  const calls: string[] = [];
  const live = <T extends { deleted?: boolean }>(map: Map<string, T>) => [...map.values()].filter((r) => !r.deleted);
  const take = <T>(map: Map<string, T>, id: string): T => {
    const row = map.get(id);
    if (!row) throw new ApiCallError('not_found', `${id} not found`);
    return row;
  };

  const handlers: FakeHandlers = {
    accounts: {
      list: () => live(accounts),
      create: (input: Omit<Account, 'id' | 'createdAt' | 'updatedAt' | 'naming'>) => {
        const row = { ...input, id: nextId(), createdAt: now(), updatedAt: now(), naming: { status: 'noTemplate' as const } };
        accounts.set(row.id, row);
        return row;
      },
      update: ({ id, patch }: { id: string; patch: Partial<Account> }) => {
        const row = { ...take(accounts, id), ...patch, updatedAt: now() };
        accounts.set(id, row);
        return row;
      },
      remove: ({ id }: { id: string }) => {
        take(accounts, id).deleted = true;
        return { ok: true };
      },
      restore: ({ id }: { id: string }) => {
        const row = take(accounts, id);
        delete row.deleted;
        return row;
      },
    },
    team: {
      list: () => live(members),
      create: (input: Omit<Member, 'id' | 'createdAt' | 'updatedAt'>) => {
        const row = { ...input, kpis: (input.kpis ?? []).map((k) => ({ ...k, id: k.id ?? nextId() })), id: nextId(), createdAt: now(), updatedAt: now() };
        members.set(row.id, row as Member);
        return row;
      },
      remove: ({ id }: { id: string }) => {
        take(members, id).deleted = true;
        return { ok: true };
      },
      restore: ({ id }: { id: string }) => {
        const row = take(members, id);
        delete row.deleted;
        return row;
      },
    },
    columns: {
      list: ({ accountId }: { accountId?: string }) =>
        live(columns)
          .filter((c) => !accountId || c.accountId === accountId)
          .sort((a, b) => a.sortOrder - b.sortOrder),
      create: (input: Omit<Column, 'id' | 'createdAt' | 'updatedAt' | 'sortOrder'>) => {
        const row = { ...input, purpose: input.purpose ?? '', id: nextId(), createdAt: now(), updatedAt: now(), sortOrder: columns.size };
        columns.set(row.id, row);
        return row;
      },
      reorder: ({ ids }: { accountId: string; ids: string[] }) => {
        ids.forEach((id, i) => (take(columns, id).sortOrder = i));
        return { ok: true };
      },
    },
  };

  const client = createClient(async (domain, method, input) => {
    calls.push(`${domain}.${method}`);
    const spec = (contract as unknown as Record<string, { methods: Record<string, MethodSpec> }>)[domain]!.methods[method]!;
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
        ...('params' in i && i.params ? { params: i.params as Record<string, unknown> } : {}),
      }));
      throw new ApiCallError('validation', 'invalid input', issues);
    }
    const handler = overrides[domain]?.[method] ?? handlers[domain]?.[method];
    if (!handler) throw new ApiCallError('unsupported', `fake has no ${domain}.${method}`);
    return structuredClone(await handler(parsed.data as never));
  });

  return {
    api: client,
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event) => listeners.forEach((l) => l(event)),
    accounts,
    members,
    columns,
    calls,
  };
}

/** Makes a store count as on screen, as a mounted view that reads it does (zustand's `useStore` subscribes). */
export function onScreen<S>(store: StoreApi<S>): () => void {
  return store.subscribe(() => undefined);
}

/** Lets pending timers and promise callbacks finish, to check that nothing was fetched. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export const anAccount = (name = '星河·上海酒店') => ({
  platform: 'wechat_subscription' as const,
  name,
  handle: 'xinghe_sh',
  purpose: 'brand' as const,
  businessLine: '酒店',
  city: '上海',
  followers: 12345,
  verified: true,
  updateFrequency: 'weekly' as const,
  ownerId: null,
  qrPlacement: '',
  notes: '',
});
