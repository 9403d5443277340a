import { Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeerAccount } from '../../../../src-shared/contract/benchmarks';
import { ListPage, type ListTableProps } from '../../../components/ListPage';
import { PlatformTag } from '../../../components/PlatformTag';
import { peerHref } from '../route';
import { PeerFormDrawer } from './PeerFormDrawer';
import { peersStore, usePeers } from './store';

const searchFields = (peer: PeerAccount) => [peer.name, peer.handle, peer.ownerCompany, peer.industry, peer.reason, ...peer.tags];

/** 对标账号: the register of the peer accounts we watch. */
export function PeersList() {
  const { t } = useTranslation();
  const rows = usePeers((s) => s.rows);
  const loaded = usePeers((s) => s.loaded);
  return (
    <ListPage<PeerAccount>
      title={t('peers.list.title')}
      testId="peers"
      rows={rows}
      loaded={loaded}
      searchFields={searchFields}
      searchPlaceholder={t('peers.list.searchPlaceholder')}
      createLabel={t('peers.list.create')}
      createTestId="peer-create"
      emptyText={t('peers.list.empty')}
      actions={peersStore().getState()}
      removedText={(peer) => t('peers.list.deleted', { name: peer.name })}
      table={(props) => <PeersTable {...props} loading={!loaded} />}
      drawer={({ open, row, onClose }) => <PeerFormDrawer open={open} peer={row} onClose={onClose} />}
    />
  );
}

function PeersTable({ rows, edit, remove, loading }: ListTableProps<PeerAccount> & { loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PeerAccount> = [
    {
      title: t('peers.field.name'),
      dataIndex: 'name',
      width: 200,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, row) => (
        <a href={peerHref(row.id)} data-testid="peer-open">
          {name}
        </a>
      ),
    },
    { title: t('peers.field.platform'), dataIndex: 'platform', width: 110, render: (platform: PeerAccount['platform']) => <PlatformTag platform={platform} compact /> },
    { title: t('peers.field.handle'), dataIndex: 'handle', width: 140, ellipsis: true },
    { title: t('peers.field.ownerCompany'), dataIndex: 'ownerCompany', width: 170, ellipsis: true },
    { title: t('peers.field.industry'), dataIndex: 'industry', width: 90, sorter: (a, b) => a.industry.localeCompare(b.industry, 'zh-CN') },
    {
      title: t('peers.field.tags'),
      dataIndex: 'tags',
      width: 170,
      render: (tags: string[]) => (
        <Space size={[0, 4]} wrap>
          {tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t('peers.field.reason'), dataIndex: 'reason', ellipsis: true, render: (reason: string) => <Typography.Text type="secondary">{reason}</Typography.Text> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" data-testid="peer-edit" onClick={() => edit(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t('peers.list.deleteConfirm', { name: row.name })} onConfirm={() => remove(row)} okText={t('common.delete')} cancelText={t('common.cancel')}>
            <Button type="link" size="small" danger data-testid="peer-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Table<PeerAccount>
      data-testid="peers-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('peers.list.noMatch') }}
    />
  );
}
