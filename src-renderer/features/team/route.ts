import type { HashPlace, RouteDef } from '../../lib/router';
import { plainRoute } from '../../lib/router';

/** `#/team`: the members. */
export const teamRouteDef = plainRoute('team');

export interface AppraisalRoute {
  name: 'teamAppraisal';
  /** 'YYYY-MM', or '' for this month. */
  month: string;
}

export const appraisalRoute = (month = ''): AppraisalRoute => ({ name: 'teamAppraisal', month });

function parse({ path, query }: HashPlace): AppraisalRoute | null {
  if (path[0] !== 'team' || path[1] !== 'appraisal' || path.length > 2) return null;
  const month = query.get('month') ?? '';
  return appraisalRoute(/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : '');
}

/** `#/team/appraisal?month=2026-10`: 考核 of a month. */
export const appraisalRouteDef: RouteDef<AppraisalRoute> = {
  name: 'teamAppraisal',
  parse,
  href: (route) => (route.month ? `#/team/appraisal?month=${route.month}` : '#/team/appraisal'),
};
