import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { ListPage } from '../../components/ListPage';
import { useTeam } from '../team/store';
import { AccountFormDrawer } from './AccountFormDrawer';
import { AccountsTable } from './AccountsTable';
import { accountsStore, useAccounts } from './store';

const searchFields = (account: Account) => [account.name, account.handle, account.businessLine, account.city];

export function AccountsPage() {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.rows);
  const loading = useAccounts((s) => s.loading);
  const loaded = useAccounts((s) => s.loaded);
  const members = useTeam((s) => s.rows);

  return (
    <ListPage<Account>
      title={t('accounts.title')}
      testId="accounts"
      rows={accounts}
      loaded={loaded}
      searchFields={searchFields}
      searchPlaceholder={t('accounts.searchPlaceholder')}
      createLabel={t('accounts.create')}
      createTestId="account-create"
      emptyText={t('accounts.empty')}
      actions={accountsStore().getState()}
      removedText={(account) => t('accounts.deleted', { name: account.name })}
      table={({ rows, edit, remove }) => <AccountsTable accounts={rows} members={members} loading={loading && !loaded} onEdit={edit} onDelete={remove} />}
      drawer={({ open, row, onClose }) => <AccountFormDrawer open={open} account={row} onClose={onClose} />}
    />
  );
}
