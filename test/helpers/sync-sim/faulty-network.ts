import type { EnrollRequest, EnrollResponse, HqEndpoints, PullRequest, PullResponse, PushRequest, PushResponse } from '../../../src-shared/contract/sync-protocol';
import type { SeededRandom } from './random';

// The network between the desktops and HQ, failing on a seeded schedule. It implements the same
// `HqEndpoints` the HTTP client does, over the in-process HQ, and fails the ways a real network
// and server do; the client sees each failure as a thrown network error, never as an answer:
// - a request lost before it reaches HQ;
// - a reply lost after HQ committed (= HQ crashing after its commit, before it answers);
// - a request delivered twice (the copy arrives later, after other requests);
// - a request held back (the client times out) and delivered after later ones: a stale push
//   arriving after newer pushes of the same device.
// Answers HQ gives (SyncProtocolError: gap, duplicate …) pass through unchanged.

/** What a real transport throws when the network fails (the engine must retry, not stop). */
export class SimNetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimNetworkError';
  }
}

export interface FaultRates {
  dropRequest: number;
  dropReply: number;
  duplicate: number;
  hold: number;
  /** Chance, before each request, that each held request is delivered now. */
  deliverHeld: number;
}

export const DEFAULT_FAULTS: FaultRates = { dropRequest: 0.08, dropReply: 0.08, duplicate: 0.06, hold: 0.06, deliverHeld: 0.3 };

export interface FaultCounts {
  requests: number;
  droppedRequests: number;
  droppedReplies: number;
  duplicates: number;
  held: number;
  lateDeliveries: number;
}

export class FaultyNetwork implements HqEndpoints {
  faults = true;
  readonly counts: FaultCounts = { requests: 0, droppedRequests: 0, droppedReplies: 0, duplicates: 0, held: 0, lateDeliveries: 0 };
  /** Every device token HQ handed out, for reading HQ's state at the end. */
  readonly tokens: string[] = [];
  private held: Array<{ label: string; deliver: () => Promise<unknown> }> = [];

  constructor(
    /** The HQ as it is now (a restart gives a new one over the same database). */
    private readonly hq: () => HqEndpoints,
    private readonly random: SeededRandom,
    private readonly trace: (line: string) => void,
    /** Rows a pull page holds at most: small, as a client may ask, so paging (with rows changing between pages) is exercised. */
    private readonly pullPageRows: number,
    private readonly rates: FaultRates = DEFAULT_FAULTS,
  ) {}

  async enroll(request: EnrollRequest): Promise<EnrollResponse> {
    const answer = await this.send('enroll', (hq) => hq.enroll(structuredClone(request)));
    this.tokens.push(answer.token);
    return answer;
  }

  push(token: string, request: PushRequest): Promise<PushResponse> {
    return this.send(`push ${request.state ? 'state ' : ''}after=${request.after} upTo=${request.upTo} rows=${request.rows.length}`, (hq) => hq.push(token, structuredClone(request)));
  }

  pull(token: string, request: PullRequest): Promise<PullResponse> {
    const limit = Math.min(request.limit ?? this.pullPageRows, this.pullPageRows);
    return this.send(`pull ${request.cursor ?? 'null'}`, (hq) => hq.pull(token, { ...structuredClone(request), limit }));
  }

  missingAssets(token: string, hashes: string[]): Promise<string[]> {
    return this.send('missingAssets', (hq) => hq.missingAssets(token, [...hashes]));
  }

  putAsset(token: string, hash: string, bytes: Uint8Array): Promise<void> {
    return this.send('putAsset', (hq) => hq.putAsset(token, hash, bytes.slice()));
  }

  getAsset(token: string, hash: string): Promise<Uint8Array> {
    return this.send('getAsset', (hq) => hq.getAsset(token, hash));
  }

  /** Delivers every request still in flight (in a random order); their answers reach nobody. */
  async flush(): Promise<void> {
    while (this.held.length > 0) await this.deliverLate(this.random.int(this.held.length));
  }

  get inFlight(): number {
    return this.held.length;
  }

  private async send<T>(label: string, call: (hq: HqEndpoints) => Promise<T>): Promise<T> {
    this.counts.requests++;
    if (!this.faults) return call(this.hq());
    for (let i = this.held.length - 1; i >= 0; i--) if (this.random.chance(this.rates.deliverHeld)) await this.deliverLate(i);
    const roll = this.random.next();
    const { dropRequest, hold, duplicate, dropReply } = this.rates;
    if (roll < dropRequest) {
      this.counts.droppedRequests++;
      this.trace(`  net: ${label} lost on the way`);
      throw new SimNetworkError(`request lost: ${label}`);
    }
    if (roll < dropRequest + hold) {
      this.counts.held++;
      this.held.push({ label, deliver: () => call(this.hq()) });
      this.trace(`  net: ${label} held back (client times out)`);
      throw new SimNetworkError(`timed out: ${label}`);
    }
    const answer = await call(this.hq());
    if (this.random.chance(duplicate)) {
      this.counts.duplicates++;
      this.held.push({ label: `${label} (duplicate)`, deliver: () => call(this.hq()) });
    }
    if (this.random.chance(dropReply)) {
      this.counts.droppedReplies++;
      this.trace(`  net: ${label} committed, reply lost`);
      throw new SimNetworkError(`reply lost: ${label}`);
    }
    return answer;
  }

  private async deliverLate(index: number): Promise<void> {
    const [message] = this.held.splice(index, 1);
    this.counts.lateDeliveries++;
    try {
      await message!.deliver();
      this.trace(`  net: ${message!.label} arrives late`);
    } catch (error) {
      this.trace(`  net: ${message!.label} arrives late, HQ answers ${(error as Error).message}`);
    }
  }
}
