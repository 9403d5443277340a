import { DeleteOutlined, EditOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPurpose, Platform, type Account } from '../../../src-shared/contract/accounts';
import type { Member } from '../../../src-shared/contract/team';
import { NamingStatus } from '../../../src-shared/domain/accounts/naming';
import { NamingTag } from '../../components/NamingTag';
import { PlatformTag } from '../../components/PlatformTag';
import { formatDateTime, formatFollowers } from '../../lib/format';
import { accountHref } from './route';

// The column widths add up to the content width at 1280×800, so no column hides behind a scroll.
const TABLE_WIDTH = 1025;

interface Props {
  accounts: Account[];
  members: Member[];
  loading: boolean;
  onEdit: (account: Account) => void;
  onDelete: (account: Account) => void;
}

/** The accounts list: sortable, filterable by platform, purpose, verified and naming status. */
export function AccountsTable({ accounts, members, loading, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  // An owner removed from the team is named as such instead of leaving a silent blank.
  const ownerName = (id: string | null) => (id === null || members.length === 0 ? '' : (members.find((m) => m.id === id)?.name ?? t('accounts.ownerLeft')));

  const columns: TableColumnsType<Account> = [
    {
      title: t('accounts.columns.name'),
      dataIndex: 'name',
      width: 155,
      ellipsis: { showTitle: true },
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, row) => (
        <a title={name} href={accountHref(row.id)} data-testid="account-link">
          {name}
        </a>
      ),
    },
    {
      title: t('accounts.columns.platform'),
      dataIndex: 'platform',
      width: 115,
      sorter: (a, b) => Platform.options.indexOf(a.platform) - Platform.options.indexOf(b.platform),
      filters: Platform.options.map((p) => ({ text: t(`accounts.platform.${p}`), value: p })),
      onFilter: (value, row) => row.platform === value,
      render: (platform: Platform) => <PlatformTag platform={platform} />,
    },
    {
      title: t('accounts.columns.purpose'),
      dataIndex: 'purpose',
      width: 100,
      filters: AccountPurpose.options.map((p) => ({ text: t(`accounts.purpose.${p}`), value: p })),
      onFilter: (value, row) => row.purpose === value,
      render: (purpose: Account['purpose']) => t(`accounts.purpose.${purpose}`),
    },
    { title: t('accounts.columns.businessLine'), dataIndex: 'businessLine', width: 85, ellipsis: true },
    {
      title: t('accounts.columns.followers'),
      dataIndex: 'followers',
      width: 105,
      align: 'right',
      sorter: (a, b) => a.followers - b.followers,
      render: (n: number) => formatFollowers(n, i18n.language),
    },
    {
      title: t('accounts.columns.verified'),
      dataIndex: 'verified',
      width: 100,
      filters: [
        { text: t('accounts.verified.yes'), value: true },
        { text: t('accounts.verified.no'), value: false },
      ],
      onFilter: (value, row) => row.verified === value,
      render: (verified: boolean) =>
        verified ? (
          <Tag icon={<SafetyCertificateFilled />} color="blue">
            {t('accounts.verified.yes')}
          </Tag>
        ) : (
          <Tag>{t('accounts.verified.no')}</Tag>
        ),
    },
    { title: t('accounts.columns.owner'), dataIndex: 'ownerId', width: 75, ellipsis: true, render: (id: string | null) => ownerName(id) },
    {
      title: t('accounts.columns.naming'),
      key: 'naming',
      width: 115,
      filters: NamingStatus.options.map((s) => ({ text: t(`accounts.naming.${s}`), value: s })),
      onFilter: (value, row) => row.naming.status === value,
      render: (_, row) => <NamingTag naming={row.naming} />,
    },
    {
      title: t('accounts.columns.updatedAt'),
      dataIndex: 'updatedAt',
      width: 95,
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (at: string) => <span title={formatDateTime(at)}>{dayjs(at).format('MM-DD')}</span>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, row) => (
        <Space size={0}>
          <Button type="text" size="small" icon={<EditOutlined />} title={t('common.edit')} aria-label={t('common.edit')} data-testid="account-edit" onClick={() => onEdit(row)} />
          <Popconfirm title={t('accounts.deleteConfirm', { name: row.name })} onConfirm={() => onDelete(row)} okText={t('common.delete')} cancelText={t('common.cancel')}>
            <Button type="text" size="small" danger icon={<DeleteOutlined />} title={t('common.delete')} aria-label={t('common.delete')} data-testid="account-delete" />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<Account>
      data-testid="accounts-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={accounts}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: TABLE_WIDTH }}
      onRow={(row) => ({ 'data-row-name': row.name }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('accounts.noMatch') }}
    />
  );
}
