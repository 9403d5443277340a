import { plainRoute } from '../../lib/router';

/** `#/team`. */
export const teamRouteDef = plainRoute('team');
