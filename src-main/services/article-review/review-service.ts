import type { Handlers } from '../../../src-shared/contract';
import type { ServiceContext } from '../context';
import { readChain, writeChain } from './chain';
import { createComments } from './comments';
import { decide, readState } from './flow';

/** Review (审核, issue 10 §7): chains per account, the flow on the item's status, anchored comments. */
export function createArticleReviewService(ctx: ServiceContext): Handlers['articleReview'] {
  return {
    chain: ({ accountId }) => readChain(ctx, accountId),
    setChain: (input) => writeChain(ctx, input),
    state: ({ articleId }) => readState(ctx, articleId),
    decide: (input) => decide(ctx, input),
    ...createComments(ctx),
  };
}
