import { SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { syncRouteDef } from '../sync/route';
import { settingsRouteDef } from './route';

const SyncPage = lazy(() => import('../sync/SyncPage').then((m) => ({ default: m.SyncPage })));
const SettingsPage = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })));

export const settingsScreen: Screen = {
  key: 'settings',
  icon: <SettingOutlined />,
  labelKey: 'nav.settings',
  href: settingsRouteDef.href({ name: 'settings' }),
  order: 40,
  // 同步 first: `#/settings` claims every hash under it.
  pages: [screenPage(syncRouteDef, SyncPage), screenPage(settingsRouteDef, SettingsPage)],
};
