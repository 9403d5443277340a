import { plainRoute } from '../../lib/router';

/** `#/overview`: 工作台, the home screen once the workspace has an account. */
export const overviewRouteDef = plainRoute('overview');
