import { createStore, type StoreApi } from 'zustand';
import type { ArticleTheme, WechatCopy } from '../../../../src-shared/contract/articles';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, type Freshness } from '../../../lib/live-store';
import { copyRichText, type CopyWay } from './clipboard';

// The phone preview and 复制到公众号: what `articles.wechatHtml` gives for the article in a theme,
// refetched when the article changes while the preview is shown. Copying fetches afresh, so the
// clipboard holds the body as it is at the click.

export interface WechatPreview {
  articleId: string | null;
  theme: ArticleTheme;
  copy: WechatCopy | null;
  loading: boolean;
  error: ApiCallError | null;
}

/** What a copy did, for the toast. */
export type CopyOutcome = { ok: true; way: CopyWay; footnotes: number; skippedImages: number } | { ok: false; error: ApiCallError };

export interface WechatPreviewState {
  preview: WechatPreview;
  copying: boolean;
  /** Shows article `id` in `theme` (fetches unless it already shows exactly that). */
  show(id: string, theme: ArticleTheme): Promise<void>;
  /** Copies the article as 复制到公众号 does; call it from the click itself (the clipboard needs the user's gesture). */
  copyToClipboard(id: string, theme: ArticleTheme): Promise<CopyOutcome>;
}

const NOTHING: WechatPreview = { articleId: null, theme: 'default', copy: null, loading: false, error: null };

export function createWechatPreviewStore(deps: ApiDeps): StoreApi<WechatPreviewState> {
  const { api } = deps;
  let stale = false;
  let generation = 0;

  async function load(id: string, theme: ArticleTheme) {
    const mine = ++generation;
    stale = false;
    store.setState(({ preview }) => ({ preview: { ...(preview.articleId === id ? preview : NOTHING), articleId: id, theme, loading: true } }));
    try {
      const copy = await api.articles.wechatHtml({ id, theme });
      if (mine === generation) store.setState({ preview: { articleId: id, theme, copy, loading: false, error: null } });
    } catch (error) {
      if (mine === generation) store.setState(({ preview }) => ({ preview: { ...preview, loading: false, error: asApiError(error) } }));
    }
  }

  const freshness: Freshness = {
    domains: ['articles', 'library'],
    stale(change) {
      const { articleId } = store.getState().preview;
      if (articleId && (change.all || change.own.includes(articleId) || change.foreign.includes(articleId) || change.domain === 'library')) stale = true;
    },
    staleAll: () => void (stale = true),
    async refresh() {
      const { articleId, theme } = store.getState().preview;
      if (stale && articleId) await load(articleId, theme);
    },
  };

  const store: StoreApi<WechatPreviewState> = createStore<WechatPreviewState>()((set) => ({
    preview: NOTHING,
    copying: false,
    async show(id, theme) {
      const { preview } = store.getState();
      if (!stale && preview.articleId === id && preview.theme === theme && (preview.copy || preview.loading)) return;
      await load(id, theme);
    },
    async copyToClipboard(id, theme) {
      set({ copying: true });
      const content = api.articles.wechatHtml({ id, theme });
      try {
        const way = await copyRichText(content);
        const { footnotes, skippedImages } = await content;
        return { ok: true, way, footnotes, skippedImages };
      } catch (error) {
        return { ok: false, error: asApiError(error) };
      } finally {
        set({ copying: false });
      }
    },
  }));
  follow(store, deps, freshness);
  return store;
}

export const [wechatPreviewStore, useWechatPreview] = liveStore(createWechatPreviewStore);
