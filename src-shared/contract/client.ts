import { contract, type ApiClient, type DomainName } from './index';

/** Sends one call over some transport and resolves with the method's output (or rejects). */
export type Transport = (domain: DomainName, method: string, input: unknown) => Promise<unknown>;

/**
 * Builds the typed client from the contract: one function per method, no hand-written channel.
 * The UI builds it over IPC or HTTP (`src-renderer/lib/api.ts`), the tests over `dispatch`.
 */
export function createClient(call: Transport): ApiClient {
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const domain of Object.keys(contract) as DomainName[]) {
    const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(contract[domain].methods)) methods[method] = (input) => call(domain, method, input);
    client[domain] = methods;
  }
  return client as unknown as ApiClient;
}
