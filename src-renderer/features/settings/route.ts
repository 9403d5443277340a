import { plainRoute } from '../../lib/router';

/** `#/settings`. */
export const settingsRouteDef = plainRoute('settings');
