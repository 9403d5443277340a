import { Button, Segmented, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { ItemStatus } from '../../../src-shared/contract/calendar';
import type { Column } from '../../../src-shared/contract/columns';
import type { Member } from '../../../src-shared/contract/team';
import { AccountLabel, accountOptions, accountText } from '../../components/AccountLabel';
import { ARTICLE_FILTERS, type ArticleFilterKey, type ArticlesRoute } from './route';

interface Props {
  route: ArticlesRoute;
  accounts: Account[];
  columns: Column[];
  members: Member[];
  onChange: (patch: Partial<ArticlesRoute>) => void;
}

/** Names shown in a filter's summary before 「+N」. */
const NAMED = 2;
// As the calendar's filters: the chosen values read as one summary (「状态：撰写中、待审核 +1」).
const SELECT = { mode: 'multiple' as const, allowClear: true, maxTagCount: 0, optionFilterProp: 'title', popupMatchSelectWidth: false, className: 'articles-filter' };
const NO_FILTERS: Pick<ArticlesRoute, ArticleFilterKey> = { statuses: [], accounts: [], columns: [], owners: [] };

function summary(t: TFunction, key: ArticleFilterKey, names: string[]) {
  const values = names.slice(0, NAMED).join(t('calendar.listSeparator')) + (names.length > NAMED ? t('calendar.grid.filters.more', { count: names.length - NAMED }) : '');
  return <span title={names.join(t('calendar.listSeparator'))}>{t('calendar.grid.filters.summary', { label: t(`articles.list.filter.${key}`), values })}</span>;
}

/** The list's filters (kept in the URL) and the 全部 / 选题库 switch. */
export function ArticleFilters({ route, accounts, columns, members, onChange }: Props) {
  const { t } = useTranslation();
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const deleted = t('articles.list.filter.deleted');
  const names: Record<ArticleFilterKey, (id: string) => string> = {
    statuses: (status) => t(`calendar.status.${status as ItemStatus}`),
    accounts: (id) => {
      const account = accountById.get(id);
      return account ? accountText(t, account) : deleted;
    },
    columns: (id) => columns.find((c) => c.id === id)?.name ?? deleted,
    owners: (id) => members.find((m) => m.id === id)?.name ?? deleted,
  };
  const select = (key: ArticleFilterKey) => ({
    ...SELECT,
    'data-testid': `articles-filter-${key}`,
    placeholder: t(`articles.list.filter.${key}`),
    value: route[key],
    onChange: (values: string[]) => onChange({ [key]: values }),
    maxTagPlaceholder: () => summary(t, key, route[key].map(names[key])),
  });
  // Columns of the chosen accounts only, once accounts are chosen; named with their account otherwise.
  const shownColumns = route.accounts.length ? columns.filter((c) => route.accounts.includes(c.accountId)) : columns;
  const active = ARTICLE_FILTERS.some((key) => route[key].length > 0);
  return (
    <div className="articles-filters">
      <Segmented
        data-testid="articles-pool"
        value={route.pool ? 'pool' : 'all'}
        onChange={(value) => onChange({ pool: value === 'pool' })}
        options={[
          { value: 'all', label: t('articles.list.all') },
          { value: 'pool', label: t('articles.page.pool') },
        ]}
      />
      <Select {...select('statuses')} options={ItemStatus.options.map((s) => ({ value: s, title: t(`calendar.status.${s}`), label: t(`calendar.status.${s}`) }))} />
      <Select {...select('accounts')} options={accountOptions(accounts, t)} />
      <Select
        {...select('columns')}
        options={shownColumns.map((c) => {
          const account = accountById.get(c.accountId);
          return {
            value: c.id,
            title: `${c.name} ${account ? accountText(t, account) : ''}`,
            label: (
              <span className="articles-filter__column">
                {c.name}
                {account && <AccountLabel name={account.name} platform={account.platform} />}
              </span>
            ),
          };
        })}
      />
      <Select {...select('owners')} options={members.map((m) => ({ value: m.id, title: m.name, label: m.name }))} />
      {active && (
        <Button type="link" size="small" data-testid="articles-filter-clear" onClick={() => onChange(NO_FILTERS)}>
          {t('articles.list.filter.clear')}
        </Button>
      )}
    </div>
  );
}
