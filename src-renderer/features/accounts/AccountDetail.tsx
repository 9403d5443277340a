import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWeChat } from '../../components/PlatformTag';
import { navigate } from '../../lib/router';
import { ColumnsTab } from '../columns/ColumnsTab';
import { MenuPlanner } from '../menus/MenuPlanner';
import { useTeam } from '../team/store';
import { AccountFormDrawer } from './AccountFormDrawer';
import { AccountProfile } from './AccountProfile';
import { accountHref, accountsHref, type AccountRoute, type AccountTab } from './route';
import { useAccounts } from './store';

export function AccountDetail({ route: { id, tab } }: { route: AccountRoute }) {
  const { t } = useTranslation();
  const account = useAccounts((s) => s.rows.find((a) => a.id === id));
  const loaded = useAccounts((s) => s.loaded);
  const members = useTeam((s) => s.rows);
  const [editing, setEditing] = useState(false);

  if (!account) {
    if (!loaded) return <Spin />;
    return <Result status="404" title={t('accounts.detail.notFound')} extra={<Button href={accountsHref()}>{t('accounts.detail.back')}</Button>} />;
  }

  const withMenu = isWeChat(account.platform);
  const active = tab === 'menu' && !withMenu ? 'profile' : tab;
  const items = [
    {
      key: 'profile',
      label: <span data-testid="tab-profile">{t('accounts.detail.profile')}</span>,
      children: (
        <>
          <div style={{ textAlign: 'right', marginBottom: 12 }}>
            <Button icon={<EditOutlined />} data-testid="account-edit" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          </div>
          <AccountProfile account={account} members={members} />
        </>
      ),
    },
    { key: 'columns', label: <span data-testid="tab-columns">{t('accounts.detail.columns')}</span>, children: <ColumnsTab accountId={account.id} platform={account.platform} /> },
    ...(withMenu ? [{ key: 'menu', label: <span data-testid="tab-menu">{t('accounts.detail.menu')}</span>, children: <MenuPlanner key={account.id} accountId={account.id} /> }] : []),
  ];

  return (
    <>
      <Space style={{ marginBottom: 16 }} align="center">
        <Button type="text" icon={<ArrowLeftOutlined />} href={accountsHref()} aria-label={t('accounts.detail.back')} />
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="account-title">
          {account.name}
        </Typography.Title>
      </Space>
      <Card>
        <Tabs activeKey={active} items={items} destroyOnHidden onChange={(key) => navigate(accountHref(id, key as AccountTab))} />
      </Card>
      <AccountFormDrawer open={editing} account={account} onClose={() => setEditing(false)} />
    </>
  );
}
