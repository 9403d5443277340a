import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../src-shared/contract/accounts';
import { PlatformTag } from './PlatformTag';
import './account-label.css';

/** What it takes to tell an account apart: two accounts may share a name (a mall's 服务号 and 视频号). */
export interface AccountLike {
  id: string;
  name: string;
  platform: Platform;
}

interface Props {
  name: string;
  platform: Platform;
  /** The account's colour on the calendar, shown as its dot. */
  color?: string;
}

/** An account wherever it is picked or listed: its dot, its name and its platform. */
export function AccountLabel({ name, platform, color }: Props) {
  return (
    <span className="account-label" data-testid="account-label" data-platform={platform}>
      {color && <span className="account-label__dot" style={{ background: color }} />}
      <span className="account-label__name">{name}</span>
      <PlatformTag platform={platform} compact />
    </span>
  );
}

/** An account that is no longer there (a stale link, a deleted account's row). */
export function MissingAccountLabel() {
  const { t } = useTranslation();
  return (
    <span className="account-label account-label--missing" data-testid="account-label-missing">
      {t('accounts.accountLabel.deleted')}
    </span>
  );
}

/** 「悦汇·上海购物中心（服务号）」: an account as text, for search, tooltips and screen readers. */
export function accountText(t: TFunction, account: Pick<AccountLike, 'name' | 'platform'>): string {
  return t('accounts.accountLabel.text', { name: account.name, platform: t(`accounts.platform.${account.platform}`) });
}

/**
 * The options of an antd Select of accounts: each shown as an AccountLabel and searchable by its
 * text (use `optionFilterProp: 'title'`). `colorAt` gives the account's colour by its place in the list.
 */
export function accountOptions(accounts: readonly AccountLike[], t: TFunction, colorAt?: (index: number) => string) {
  return accounts.map((account, index) => ({
    value: account.id,
    title: accountText(t, account),
    label: <AccountLabel name={account.name} platform={account.platform} color={colorAt?.(index)} />,
  }));
}
