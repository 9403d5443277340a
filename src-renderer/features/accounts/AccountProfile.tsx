import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import type { Member } from '../../../src-shared/contract/team';
import { NamingTag } from '../../components/NamingTag';
import { PlatformTag } from '../../components/PlatformTag';
import { formatFollowers } from '../../lib/format';

/** Every field of an account, read-only. */
export function AccountProfile({ account, members }: { account: Account; members: Member[] }) {
  const { t, i18n } = useTranslation();
  const dash = t('common.none');
  const owner = members.find((m) => m.id === account.ownerId)?.name;
  const items = [
    { key: 'platform', label: t('accounts.form.platform'), children: <PlatformTag platform={account.platform} /> },
    { key: 'purpose', label: t('accounts.form.purpose'), children: t(`accounts.purpose.${account.purpose}`) },
    { key: 'name', label: t('accounts.form.name'), children: account.name },
    { key: 'naming', label: t('accounts.columns.naming'), children: <NamingTag naming={account.naming} /> },
    { key: 'handle', label: t('accounts.form.handle'), children: account.handle || dash },
    { key: 'verified', label: t('accounts.form.verified'), children: account.verified ? <Tag color="blue">{t('accounts.verified.yes')}</Tag> : t('accounts.verified.no') },
    { key: 'businessLine', label: t('accounts.form.businessLine'), children: account.businessLine || dash },
    { key: 'city', label: t('accounts.form.city'), children: account.city || dash },
    { key: 'followers', label: t('accounts.form.followers'), children: formatFollowers(account.followers, i18n.language) },
    { key: 'updateFrequency', label: t('accounts.form.updateFrequency'), children: t(`accounts.frequency.${account.updateFrequency}`) },
    { key: 'usualPushTime', label: t('accounts.usualPushTime.label'), children: account.usualPushTime || dash },
    { key: 'owner', label: t('accounts.form.owner'), children: owner ?? dash },
    { key: 'qrPlacement', label: t('accounts.form.qrPlacement'), children: account.qrPlacement || dash },
    { key: 'notes', label: t('accounts.form.notes'), span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{account.notes || dash}</span> },
  ];
  return <Descriptions data-testid="account-profile" bordered column={2} size="middle" items={items} />;
}
