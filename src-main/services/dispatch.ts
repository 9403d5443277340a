import type { z } from 'zod';
import { contract, type DomainName, type Handlers } from '../../src-shared/contract';
import type { ApiIssue, Envelope, MethodSpec } from '../../src-shared/contract/define';
import { AppError } from './errors';

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => {
    const params = 'params' in issue && issue.params ? (issue.params as Record<string, unknown>) : undefined;
    return { path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message, ...(params ? { params } : {}) };
  });
}

const errorCodeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;
const isDiskFull = (error: unknown) => errorCodeOf(error) === 'SQLITE_FULL' || errorCodeOf(error) === 'ENOSPC';
/** Another program kept the database locked past busy_timeout (e.g. a `sqlite3` shell mid-write). */
const isBusy = (error: unknown) => errorCodeOf(error) === 'SQLITE_BUSY' || errorCodeOf(error) === 'SQLITE_LOCKED';

export function findMethod(domain: string, methodName: string): MethodSpec | undefined {
  if (!Object.hasOwn(contract, domain)) return undefined;
  const spec = (contract as Record<string, { methods: Record<string, MethodSpec> } | undefined>)[domain];
  return spec && Object.hasOwn(spec.methods, methodName) ? spec.methods[methodName] : undefined;
}

/**
 * Calls one contract method: validates the input, runs the handler, and wraps the result or
 * error in the envelope. Every transport (IPC, HTTP, CLI) goes through here.
 */
export async function dispatch(handlers: Handlers, domain: string, methodName: string, rawInput: unknown): Promise<Envelope<unknown>> {
  const spec = findMethod(domain, methodName);
  if (!spec) return { ok: false, error: { code: 'not_found', message: `unknown method ${domain}.${methodName}` } };
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'validation', message: 'invalid input', issues: toIssues(parsed.error) } };
  try {
    const domainHandlers = handlers[domain as DomainName] as Record<string, (input: unknown) => unknown>;
    const data = await domainHandlers[methodName]!(parsed.data);
    return { ok: true, data };
  } catch (error) {
    // SQLite rolled the transaction back: nothing was half-written, but the user must know.
    if (isDiskFull(error)) return { ok: false, error: { code: 'storage_full', message: (error as Error).message } };
    if (isBusy(error)) return { ok: false, error: { code: 'busy', message: 'the workspace database is busy; try again' } };
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    console.error(`[opsbench] ${domain}.${methodName} failed:`, error);
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
