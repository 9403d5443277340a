import { SettingOutlined, TeamOutlined, WechatOutlined } from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountDetail } from '../features/accounts/AccountDetail';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { accountsStore } from '../features/accounts/store';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TeamPage } from '../features/team/TeamPage';
import { teamStore } from '../features/team/store';
import { useWorkspace } from '../features/workspace/store';
import { hrefOf, useRoute, type Route } from '../lib/router';
import { LanguageSwitch } from './LanguageSwitch';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'accounts':
      return <AccountsPage />;
    case 'account':
      return <AccountDetail id={route.id} tab={route.tab} />;
    case 'team':
      return <TeamPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function AppShell() {
  const { t } = useTranslation();
  const route = useRoute();
  const workspace = useWorkspace((s) => s.status?.workspace);
  const area = route.name === 'account' ? 'accounts' : route.name;

  useEffect(() => {
    // Accounts show owners from the team, so both lists are wanted on every screen.
    void accountsStore().getState().load();
    void teamStore().getState().load();
  }, []);

  const items = [
    { key: 'accounts', icon: <WechatOutlined />, label: t('nav.accounts') },
    { key: 'team', icon: <TeamOutlined />, label: t('nav.team') },
    { key: 'settings', icon: <SettingOutlined />, label: t('nav.settings') },
  ].map((item) => ({
    ...item,
    label: (
      <a href={hrefOf({ name: item.key } as Route)} data-testid={`nav-${item.key}`}>
        {item.label}
      </a>
    ),
  }));

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 24px', fontWeight: 600, fontSize: 16 }}>{t('app.title')}</div>
        <Menu mode="inline" selectedKeys={[area]} items={items} style={{ borderInlineEnd: 'none' }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text strong data-testid="workspace-name">
            {workspace?.name ?? ''}
          </Typography.Text>
          <LanguageSwitch />
        </Layout.Header>
        <Layout.Content style={{ padding: 24, overflow: 'auto' }}>
          <Page route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
