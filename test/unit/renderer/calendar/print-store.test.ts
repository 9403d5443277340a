import { describe, expect, it } from 'vitest';
import { createCalendarPrintStore } from '../../../../src-renderer/features/calendar/print/store';
import { onScreen, settle } from '../fake-api';
import { anItem, calendarBackend } from './fake-calendar';

const october = { from: '2026-10-01', to: '2026-10-31' };

describe('the print store', () => {
  it('fetches the month’s items, holidays and key dates, and again when an item changes elsewhere while the preview shows', async () => {
    const { backend, rows } = calendarBackend();
    const store = createCalendarPrintStore(backend);
    const stop = onScreen(store);
    await store.getState().load(october);
    expect(store.getState().data?.items.map((i) => i.id)).toEqual(['i1']);
    expect(store.getState().data?.layers.map((l) => l.name)).toEqual(['国庆节']);

    rows.set('i2', anItem('i2', '2026-10-20'));
    backend.emit({ domain: 'calendar', ids: ['i2'] });
    await settle();
    expect(store.getState().data?.items.map((i) => i.id)).toEqual(['i1', 'i2']);
    stop();
  });

  it('saves as PDF through Electron when the app runs there, and says when it cannot', async () => {
    const { backend } = calendarBackend();
    const asked: string[] = [];
    const electron = createCalendarPrintStore(backend, async (name) => {
      asked.push(name);
      return `/home/op/${name}`;
    });
    expect(electron.getState().canSavePdf).toBe(true);
    expect(await electron.getState().savePdf('排期表 2026-10.pdf')).toEqual({ ok: true, data: '/home/op/排期表 2026-10.pdf' });
    expect(asked).toEqual(['排期表 2026-10.pdf']);
    expect(createCalendarPrintStore(backend, undefined).getState().canSavePdf).toBe(false);
  });
});
