import { WechatOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { AccountsPage } from './AccountsPage';
import { accountRouteDef, accountsHref, accountsRouteDef } from './route';

// The accounts list is the first screen and ships in the main chunk; every other page loads when
// first opened, which keeps the first paint within its budget (800 ms).
const AccountDetail = lazy(() => import('./AccountDetail').then((m) => ({ default: m.AccountDetail })));

export const accountsScreen: Screen = {
  key: 'accounts',
  icon: <WechatOutlined />,
  labelKey: 'nav.accounts',
  href: accountsHref(),
  order: 20,
  pages: [screenPage(accountsRouteDef, AccountsPage), screenPage(accountRouteDef, AccountDetail)],
};
