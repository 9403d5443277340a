import { defineDomain } from './define';

// Issue 10: methods are declared as the domain is built.
export const lintWordsContract = defineDomain('lintWords', {});
