import { z } from 'zod';

/** One method of the API between the UI and the local back end. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line saying what the method does (listed by `GET /api`). */
  doc: string;
  /** A larger HTTP body than the server's default (an image upload); most methods keep the default. */
  maxInputBytes?: number;
}

export interface DomainSpec<N extends string = string, M extends Record<string, MethodSpec> = Record<string, MethodSpec>> {
  name: N;
  methods: M;
}

/** Declares a domain's methods once; every transport is derived from this. */
export function defineDomain<N extends string, M extends Record<string, MethodSpec>>(name: N, methods: M): DomainSpec<N, M> {
  return { name, methods };
}

export function method<I extends z.ZodType, O extends z.ZodType>(doc: string, input: I, output: O): MethodSpec<I, O> {
  return { doc, input, output };
}

/** The channel of a method, e.g. `accounts.list`. Channel strings are made here and nowhere else. */
export function channelOf(domain: string, methodName: string): string {
  return `${domain}.${methodName}`;
}

/** The event a domain emits after its data changed, e.g. `accounts.changed`. */
export function changedEventOf(domain: string): string {
  return `${domain}.changed`;
}

/** The one channel/event name that carries every ChangeEvent from the back end to the UI. */
export const EVENTS_CHANNEL = 'opsbench:changed';

export const ChangeEvent = z.object({
  domain: z.string(),
  ids: z.array(z.string()).optional(),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

/**
 * Error codes carried in the `{ok:false}` envelope; the UI translates `errors.<code>`.
 * `unauthorized`: a browser-mode request without a valid session token or from a foreign Host/Origin,
 * or an IPC call from a page that is not the app.
 */
export const ErrorCode = z.enum(['validation', 'not_found', 'conflict', 'unsupported', 'unauthorized', 'storage_full', 'busy', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiIssue = z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), params: z.record(z.string(), z.unknown()).optional() });
export type ApiIssue = z.infer<typeof ApiIssue>;

export const ApiError = z.object({ code: ErrorCode, message: z.string(), issues: z.array(ApiIssue).optional() });
export type ApiError = z.infer<typeof ApiError>;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Handler signatures a back end must provide for a domain. */
export type DomainHandlers<D extends DomainSpec> = {
  [K in keyof D['methods']]: (input: z.infer<D['methods'][K]['input']>) => z.infer<D['methods'][K]['output']> | Promise<z.infer<D['methods'][K]['output']>>;
};

/** Client signatures: every method returns a promise of its output. */
export type DomainClient<D extends DomainSpec> = {
  [K in keyof D['methods']]: (input: z.input<D['methods'][K]['input']>) => Promise<z.infer<D['methods'][K]['output']>>;
};
