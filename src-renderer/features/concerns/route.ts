import { plainRoute } from '../../lib/router';

/** `#/concerns`. */
export const concernsRouteDef = plainRoute('concerns');
