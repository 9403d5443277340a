import { describe, expect, it, vi } from 'vitest';
import type { WechatCopy } from '../../../../src-shared/contract/articles';
import { createWechatPreviewStore } from '../../../../src-renderer/features/articles/preview/store';
import { fakeBackend, onScreen, settle } from '../fake-api';

const ID = '0190a5b2-0000-7000-8000-000000000001';

/** A back end whose articles.wechatHtml says which call and theme made the HTML. */
function previewBackend() {
  let calls = 0;
  return fakeBackend({
    articles: {
      wechatHtml: ({ theme }: { id: string; theme: string }): WechatCopy => ({ html: `<section>${theme} ${++calls}</section>`, plainText: '', footnotes: 0, skippedImages: 0 }),
    },
  });
}

describe('the WeChat preview store', () => {
  it('shows the article in the theme asked for, fetching again only when the theme changes', async () => {
    const backend = previewBackend();
    const store = createWechatPreviewStore(backend);
    await store.getState().show(ID, 'business');
    await store.getState().show(ID, 'business');
    expect(store.getState().preview).toMatchObject({ articleId: ID, theme: 'business', loading: false, copy: { html: '<section>business 1</section>' } });
    await store.getState().show(ID, 'fresh');
    expect(store.getState().preview.copy?.html).toBe('<section>fresh 2</section>');
  });

  it('refetches once when its article changes while shown, and not for other articles', async () => {
    const backend = previewBackend();
    const store = createWechatPreviewStore(backend);
    onScreen(store);
    await store.getState().show(ID, 'default');
    backend.emit({ domain: 'articles', ids: ['another-article'] });
    await settle();
    expect(store.getState().preview.copy?.html).toBe('<section>default 1</section>');
    backend.emit({ domain: 'articles', ids: [ID] });
    backend.emit({ domain: 'articles', ids: [ID] });
    await vi.waitFor(() => expect(store.getState().preview.copy?.html).toBe('<section>default 2</section>'));
    await settle();
    expect(store.getState().preview.copy?.html).toBe('<section>default 2</section>');
  });

  it('keeps the error of a failed fetch for the panel to say', async () => {
    const backend = fakeBackend();
    const store = createWechatPreviewStore(backend);
    await store.getState().show(ID, 'default');
    expect(store.getState().preview.error).not.toBeNull();
    expect(store.getState().preview.loading).toBe(false);
  });
});
