import { Layout, Menu, Space, Typography } from 'antd';
import { memo, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ReminderClock } from '../features/reminders/ReminderClock';
import { syncRouteDef } from '../features/sync/route';
import { SyncBanner } from '../features/sync/SyncBanner';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { useWorkspace } from '../features/workspace/store';
import { useRoute } from '../lib/router';
import { LanguageSwitch } from './LanguageSwitch';
import { PageErrorBoundary } from './PageErrorBoundary';
import { homeRoute, pageOf, router, SCREENS } from './screens';

/** The left navigation, built from the screens; re-rendered only when the entry or the language changes, not on every hash change. */
const NavMenu = memo(function NavMenu({ active }: { active: string }) {
  const { t } = useTranslation();
  const items = SCREENS.map((screen) => ({
    key: screen.key,
    icon: screen.icon,
    label: (
      <a href={screen.href} data-testid={`nav-${screen.key}`}>
        {t(screen.labelKey)}
      </a>
    ),
  }));
  return (
    <>
      <div style={{ padding: '18px 24px', fontWeight: 600, fontSize: 16 }}>{t('app.title')}</div>
      <Menu mode="inline" selectedKeys={[active]} items={items} style={{ borderInlineEnd: 'none' }} />
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
      <Space size={20}>
        <SyncIndicator />
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
});

export function AppShell() {
  const hasAccounts = useWorkspace((s) => s.status?.hasAccounts ?? false);
  const route = useRoute(router, homeRoute(hasAccounts));
  const { Page, screen } = pageOf(route);
  return (
    <Layout style={{ height: '100%' }}>
      {/* Thirteen entries outgrow a short window: the menu scrolls in its own column, never the page. */}
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0', overflowY: 'auto' }}>
        <NavMenu active={screen.key} />
      </Layout.Sider>
      <Layout>
        <Header />
        <SyncBanner hidden={route.name === syncRouteDef.name} />
        <Layout.Content style={{ padding: 24, overflow: 'auto' }}>
          <ReminderClock />
          <PageErrorBoundary resetKey={screen.key}>
            <Suspense fallback={null}>
              <Page route={route} />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
