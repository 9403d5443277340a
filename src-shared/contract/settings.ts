import { z } from 'zod';
import { defineDomain, method } from './define';

export const Language = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof Language>;

/** Per-device preferences (a local table, never synced). */
export const Settings = z.object({ language: Language });
export type Settings = z.infer<typeof Settings>;

export const settingsContract = defineDomain('settings', {
  get: method('Device preferences (UI language).', z.object({}), Settings),
  update: method('Changes device preferences.', Settings.partial(), Settings),
});
