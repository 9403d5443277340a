import { createHqSync } from '../../../src-hq/sync/service';
import type { StartedHq } from '../hq-server';
import type { SimHq } from './simulation';

// The simulation's HQ: the real sync service in process (startHq's, over in-memory PGlite or a
// fresh PostgreSQL database), called directly, not over HTTP. One HQ serves every seed of a file,
// each seed in a tenant of its own (starting PGlite takes seconds; tenants share nothing, and a
// tenant's versions are its own, so a seed replays the same alone). A restart builds the service
// anew over the same database, as a new HQ process would: what it kept in memory is gone, what it
// committed stays. Enrolment codes are reusable until they expire: every desktop uses one.

export function simTenant(hq: StartedHq, name: string): SimHq {
  let endpoints = hq.sync;
  let code: string | undefined;
  return {
    endpoints: () => endpoints,
    restart: async () => {
      endpoints = createHqSync(hq.db);
    },
    enrollmentCode: async () => (code ??= (await hq.addTenant(name)).code),
  };
}
