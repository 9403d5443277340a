import { z } from 'zod';
import { changedEventOf, channelOf, contract, listMethods } from '../../src-shared/contract';
import { ChangeEvent, type MethodSpec } from '../../src-shared/contract/define';

export interface MethodDescription {
  channel: string;
  domain: string;
  method: string;
  doc: string;
  /** JSON Schema of what a caller may send. */
  input: unknown;
  /** JSON Schema of `data` in a successful envelope. */
  output: unknown;
}

export interface ApiIndex {
  methods: MethodDescription[];
  events: Array<{ name: string; domain: string; data: unknown }>;
  /** How to call: `POST /api/<domain>/<method>` with a JSON body; results in `{ok,data}|{ok:false,error}`. */
  call: string;
  stream: string;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  } catch (error) {
    // Some refinements cannot be described in JSON Schema; the method still works, so say so
    // instead of failing the whole listing.
    return { description: `schema not representable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

let cached: ApiIndex | undefined;

/** What `GET /api` returns: every contract method with its JSON schemas, and the events. */
export function describeApi(): ApiIndex {
  cached ??= {
    methods: listMethods().map(([domain, methodName]) => {
      const spec = (contract[domain].methods as Record<string, MethodSpec>)[methodName]!;
      return {
        channel: channelOf(domain, methodName),
        domain,
        method: methodName,
        doc: spec.doc,
        input: jsonSchema(spec.input, 'input'),
        output: jsonSchema(spec.output, 'output'),
      };
    }),
    events: Object.keys(contract).map((domain) => ({ name: changedEventOf(domain), domain, data: jsonSchema(ChangeEvent, 'output') })),
    call: 'POST /api/<domain>/<method> with a JSON body (empty = {}); auth by the opsbench_token_<port> cookie, X-OpsBench-Token or Authorization: Bearer',
    stream: 'GET /api/events (text/event-stream; event "changed", data = {domain, ids?})',
  };
  return cached;
}
