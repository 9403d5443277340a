import { defineDomain } from './define';

// Issue 12: the methods are declared by the helper building this domain.
export const overviewContract = defineDomain('overview', {});
