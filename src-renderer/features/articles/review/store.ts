import { createStore, type StoreApi } from 'zustand';
import type { Comment, ReviewAction, ReviewChain, ReviewState } from '../../../../src-shared/contract/article-review';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import { attempt, type SaveResult } from '../../../lib/result';

// 审核 of the open article: its review state (chain, who decides now, history, what the keyboard
// member may do) and its comments; plus review chains for the account form. Decisions change the
// calendar item's status, and the keyboard member or the team may change elsewhere, so those
// domains' events refresh the state too.

export interface ReviewStoreState {
  articleId: string | null;
  review: ReviewState | null;
  comments: Comment[];
  loading: boolean;
  error: ApiCallError | null;
  /** Shows this article's review and comments (null: none). */
  open(articleId: string | null): Promise<void>;
  load(): Promise<void>;
  decide(action: ReviewAction, comment?: string): Promise<SaveResult<ReviewState>>;
  addComment(input: { anchor: string; quote: string; body: string }): Promise<SaveResult<Comment>>;
  reply(parentId: string, body: string): Promise<SaveResult<Comment>>;
  editComment(id: string, body: string): Promise<SaveResult<Comment>>;
  removeComment(id: string): Promise<SaveResult<unknown>>;
  resolveComment(id: string, resolved: boolean): Promise<SaveResult<Comment>>;
  /** An account's chain, for the account form. */
  readChain(accountId: string): Promise<SaveResult<ReviewChain>>;
  saveChain(accountId: string, memberIds: Array<string | null>): Promise<SaveResult<ReviewChain>>;
}

export function createReviewStore(deps: ApiDeps): StoreApi<ReviewStoreState> {
  const { api } = deps;
  const freshness = reloadOnChange(['articleReview', 'calendar', 'team'], () => store.getState().load());

  /** A comment write: the answer replaces (or joins) the list at once. */
  async function writeComment(work: () => Promise<Comment>): Promise<SaveResult<Comment>> {
    return follower.write(work, (comment) => {
      const rest = store.getState().comments.filter((c) => c.id !== comment.id);
      store.setState({ comments: [...rest, comment].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)) });
      return [comment.id];
    });
  }

  const store: StoreApi<ReviewStoreState> = createStore<ReviewStoreState>()((set, get) => ({
    articleId: null,
    review: null,
    comments: [],
    loading: false,
    error: null,
    async open(articleId) {
      if (articleId === get().articleId) return;
      set({ articleId, review: null, comments: [], error: null });
      await get().load();
    },
    async load() {
      const { articleId } = get();
      freshness.loading();
      if (!articleId) return;
      set({ loading: true });
      try {
        const [review, comments] = await Promise.all([api.articleReview.state({ articleId }), api.articleReview.comments({ articleId })]);
        if (get().articleId === articleId) set({ review, comments, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    decide: (action, comment) =>
      follower.write(
        () => api.articleReview.decide({ articleId: get().articleId!, action, comment }),
        (review) => {
          set({ review });
          return [review.decisions.at(-1)!.id];
        },
      ),
    addComment: (input) => writeComment(() => api.articleReview.addComment({ articleId: get().articleId!, ...input })),
    reply: (parentId, body) => writeComment(() => api.articleReview.reply({ parentId, body })),
    editComment: (id, body) => writeComment(() => api.articleReview.editComment({ id, body })),
    resolveComment: (id, resolved) => writeComment(() => api.articleReview.resolveComment({ id, resolved })),
    removeComment: (id) =>
      follower.write(
        () => api.articleReview.removeComment({ id }),
        () => {
          const gone = new Set(
            get()
              .comments.filter((c) => c.id === id || c.parentId === id)
              .map((c) => c.id),
          );
          set({ comments: get().comments.filter((c) => !gone.has(c.id)) });
          return [...gone];
        },
      ),
    readChain: (accountId) => attempt(() => api.articleReview.chain({ accountId })),
    // Chain rows are `<accountId>:<level>`: their events name the account.
    saveChain: (accountId, memberIds) =>
      follower.write(
        () => api.articleReview.setChain({ accountId, memberIds }),
        () => [accountId],
      ),
  }));
  const follower = follow(store, deps, freshness, 'articleReview');
  return store;
}

export const [reviewStore, useReview] = liveStore(createReviewStore);
