import { SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { settingsRouteDef } from './route';

const SettingsPage = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })));

export const settingsScreen: Screen = {
  key: 'settings',
  icon: <SettingOutlined />,
  labelKey: 'nav.settings',
  href: settingsRouteDef.href({ name: 'settings' }),
  order: 40,
  pages: [screenPage(settingsRouteDef, SettingsPage)],
};
