import type { Handlers } from '../../../src-shared/contract';
import type { ServiceContext } from '../context';
import { createArticleSearch } from './search';

// Issue 10: the articles service; its methods are being built.
export function createArticlesService(ctx: ServiceContext): Handlers['articles'] {
  void ctx;
  const notYet = () => {
    throw new Error('not built yet');
  };
  return {
    list: notYet,
    get: notYet,
    create: notYet,
    update: notYet,
    remove: notYet,
    restore: notYet,
    body: notYet,
    pushUpdates: notYet,
    ...createArticleSearch(ctx),
    revisions: notYet,
    saveRevision: notYet,
    revisionText: notYet,
    diff: notYet,
    restoreRevision: notYet,
  };
}
