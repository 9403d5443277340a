import { plainRoute } from '../../lib/router';

/** `#/costs`. */
export const costsRouteDef = plainRoute('costs');
