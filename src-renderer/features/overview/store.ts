import type { Overview } from '../../../src-shared/contract/overview';
import type { ApiDeps } from '../../lib/api';
import { liveStore } from '../../lib/live-store';
import { createReadStore } from '../../lib/read-store';

/** The domains whose rows 工作台's cards show. */
const DOMAINS = ['calendar', 'accounts', 'articles', 'articleReview', 'activities', 'costs', 'worklog', 'concerns', 'team', 'benchmarks'];

/** 工作台 as of a day (the renderer's local date). */
export const createOverviewStore = (deps: ApiDeps) => createReadStore<Overview, [today: string]>(deps, DOMAINS, (today) => deps.api.overview.get({ today }));

export const [overviewStore, useOverview] = liveStore(createOverviewStore);
