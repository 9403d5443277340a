import { defineDomain } from './define';

// Issue 10: methods are declared as the domain is built.
export const articleReviewContract = defineDomain('articleReview', {});
