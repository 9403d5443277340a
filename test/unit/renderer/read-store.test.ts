import { describe, expect, it } from 'vitest';
import { createOverviewStore } from '../../../src-renderer/features/overview/store';
import { fakeBackend, onScreen, settle } from './fake-api';

// A read-only view (工作台, 考核, lib/read-store.ts): a change in a domain it reads fetches it again
// with the same arguments, once, and only while it is shown.

const overviewOf = (today: string) => ({ today, pushes: [] });

describe('a read-only view', () => {
  it('fetches again for the day it shows when a domain it reads changes, and not when hidden or forgotten', async () => {
    const asked: string[] = [];
    const backend = fakeBackend({ overview: { get: ({ today }: { today: string }) => (asked.push(today), overviewOf(today)) } });
    const store = createOverviewStore(backend);
    const hide = onScreen(store);
    await store.getState().load('2026-10-08');
    expect(store.getState().data).toMatchObject({ today: '2026-10-08' });

    backend.emit({ domain: 'costs', ids: ['c1'] });
    backend.emit({ domain: 'calendar', ids: ['i1'] });
    await settle();
    expect(asked).toEqual(['2026-10-08', '2026-10-08']);
    // A domain the cards do not show changes nothing.
    backend.emit({ domain: 'library', ids: ['x'] });
    await settle();
    expect(asked).toHaveLength(2);

    hide();
    backend.emit({ domain: 'concerns', ids: ['q1'] });
    await settle();
    expect(asked).toHaveLength(2);
    store.getState().forget();
    expect(store.getState().data).toBeNull();
    onScreen(store);
    await settle();
    expect(asked).toHaveLength(2);
  });
});
