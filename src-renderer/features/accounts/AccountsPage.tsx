import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { useUndo } from '../../components/use-undo';
import { useTeam } from '../team/store';
import { AccountFormDrawer } from './AccountFormDrawer';
import { AccountsTable } from './AccountsTable';
import { accountsStore, useAccounts } from './store';
import { useShortcut } from '../../lib/use-shortcut';

function matches(account: Account, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [account.name, account.handle, account.businessLine, account.city].some((field) => field.toLowerCase().includes(q));
}

export function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const undo = useUndo();
  const accounts = useAccounts((s) => s.rows);
  const loading = useAccounts((s) => s.loading);
  const loaded = useAccounts((s) => s.loaded);
  const members = useTeam((s) => s.rows);
  const [query, setQuery] = useState('');
  const search = useRef<InputRef>(null);
  useShortcut('n', () => setEditing(null));
  useShortcut('/', () => search.current?.focus());
  const [editing, setEditing] = useState<Account | null | undefined>(undefined);
  const visible = useMemo(() => accounts.filter((a) => matches(a, query)), [accounts, query]);

  async function remove(account: Account) {
    const store = accountsStore().getState();
    const result = await store.remove(account.id);
    if (!result.ok) {
      void message.error(t(`errors.${result.error.code}`));
      return;
    }
    undo(t('accounts.deleted', { name: account.name }), () => store.restore(account.id));
  }

  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} data-testid="account-create" title={t('shortcuts.create')} onClick={() => setEditing(null)}>
      {t('accounts.create')}
    </Button>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        <Space>
          <Input
            allowClear
            ref={search}
            data-testid="accounts-search" title={t('shortcuts.search')}
            prefix={<SearchOutlined />}
            placeholder={t('accounts.searchPlaceholder')}
            style={{ width: 280 }}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {createButton}
        </Space>
      </Space>
      {loaded && accounts.length === 0 ? (
        <Card>
          <Empty data-testid="accounts-empty" description={t('accounts.empty')}>
            {createButton}
          </Empty>
        </Card>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <AccountsTable accounts={visible} members={members} loading={loading && !loaded} onEdit={setEditing} onDelete={(a) => void remove(a)} />
        </Card>
      )}
      <AccountFormDrawer open={editing !== undefined} account={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
