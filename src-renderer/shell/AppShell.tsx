import { CalendarOutlined, SettingOutlined, TeamOutlined, WechatOutlined } from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import { lazy, memo, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { useWorkspace } from '../features/workspace/store';
import { calendarRoute, hrefOf, useRoute, type Route } from '../lib/router';
import { LanguageSwitch } from './LanguageSwitch';

// The accounts list is the first screen and ships in the main chunk; the other screens load
// when first opened, which keeps the first paint within its budget (800 ms).
const AccountDetail = lazy(() => import('../features/accounts/AccountDetail').then((m) => ({ default: m.AccountDetail })));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const TeamPage = lazy(() => import('../features/team/TeamPage').then((m) => ({ default: m.TeamPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'accounts':
      return <AccountsPage />;
    case 'account':
      return <AccountDetail id={route.id} tab={route.tab} />;
    case 'calendar':
      return <CalendarPage route={route} />;
    case 'team':
      return <TeamPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** The left navigation; re-rendered only when the area or the language changes, not on every hash change. */
const NavMenu = memo(function NavMenu({ area }: { area: string }) {
  const { t } = useTranslation();
  const items = [
    { key: 'calendar', icon: <CalendarOutlined />, label: t('nav.calendar') },
    { key: 'accounts', icon: <WechatOutlined />, label: t('nav.accounts') },
    { key: 'team', icon: <TeamOutlined />, label: t('nav.team') },
    { key: 'settings', icon: <SettingOutlined />, label: t('nav.settings') },
  ].map((item) => ({
    ...item,
    label: (
      <a href={item.key === 'calendar' ? hrefOf(calendarRoute()) : hrefOf({ name: item.key } as Route)} data-testid={`nav-${item.key}`}>
        {item.label}
      </a>
    ),
  }));
  return (
    <>
      <div style={{ padding: '18px 24px', fontWeight: 600, fontSize: 16 }}>{t('app.title')}</div>
      <Menu mode="inline" selectedKeys={[area]} items={items} style={{ borderInlineEnd: 'none' }} />
    </>
  );
});

const Header = memo(function Header() {
  const workspace = useWorkspace((s) => s.status?.workspace);
  return (
    <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Text strong data-testid="workspace-name">
        {workspace?.name ?? ''}
      </Typography.Text>
      <LanguageSwitch />
    </Layout.Header>
  );
});

export function AppShell() {
  const route = useRoute();
  const area = route.name === 'account' ? 'accounts' : route.name;
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <NavMenu area={area} />
      </Layout.Sider>
      <Layout>
        <Header />
        <Layout.Content style={{ padding: 24, overflow: 'auto' }}>
          <Suspense fallback={null}>
            <Page route={route} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
