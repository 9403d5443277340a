import type { Appraisal } from '../../../src-shared/contract/team-appraisal';
import type { ApiDeps } from '../../lib/api';
import { liveStore } from '../../lib/live-store';
import { createReadStore } from '../../lib/read-store';

/** The domains whose rows the KPIs are computed from. */
const DOMAINS = ['team', 'calendar', 'accounts', 'benchmarks', 'activities', 'worklog'];

/** 考核 of a month, paced by the renderer's local date. */
export const createAppraisalStore = (deps: ApiDeps) => createReadStore<Appraisal, [month: string, today: string]>(deps, DOMAINS, (month, today) => deps.api.team.appraisal({ month, today }));

export const [appraisalStore, useAppraisal] = liveStore(createAppraisalStore);
