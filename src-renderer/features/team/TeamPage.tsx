import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Member, type Role } from '../../../src-shared/contract/team';
import { useUndo } from '../../components/use-undo';
import { MemberFormDrawer } from './MemberFormDrawer';
import { teamStore, useTeam } from './store';
import { useShortcut } from '../../lib/use-shortcut';

const ROLE_COLORS: Record<Role, string> = { copywriter: 'blue', designer: 'purple', approver: 'gold', support: 'cyan', promotion: 'orange', data: 'geekblue' };

function matches(member: Member, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || [member.name, member.dailyDuties, member.contact, ...member.kpis.map((k) => k.name)].some((f) => f.toLowerCase().includes(q));
}

export function TeamPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const undo = useUndo();
  const members = useTeam((s) => s.rows);
  const loaded = useTeam((s) => s.loaded);
  const [query, setQuery] = useState('');
  const search = useRef<InputRef>(null);
  useShortcut('n', () => setEditing(null));
  useShortcut('/', () => search.current?.focus());
  const [editing, setEditing] = useState<Member | null | undefined>(undefined);
  const visible = useMemo(() => members.filter((m) => matches(m, query)), [members, query]);

  async function remove(member: Member) {
    const store = teamStore().getState();
    const result = await store.remove(member.id);
    if (!result.ok) return void message.error(t(`errors.${result.error.code}`));
    undo(t('team.deleted', { name: member.name }), () => store.restore(member.id));
  }

  const columns: TableColumnsType<Member> = [
    { title: t('team.form.name'), dataIndex: 'name', width: 120, sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
    {
      title: t('team.form.roles'),
      dataIndex: 'roles',
      width: 200,
      filters: ROLES.map((r) => ({ text: t(`team.role.${r}`), value: r })),
      onFilter: (value, row) => row.roles.includes(value as Role),
      sorter: (a, b) => a.roles.length - b.roles.length,
      render: (roles: Role[]) =>
        roles.map((r) => (
          <Tag key={r} color={ROLE_COLORS[r]}>
            {t(`team.role.${r}`)}
          </Tag>
        )),
    },
    { title: t('team.form.dailyDuties'), dataIndex: 'dailyDuties', ellipsis: true },
    {
      title: t('team.form.kpis'),
      dataIndex: 'kpis',
      width: 220,
      sorter: (a, b) => a.kpis.length - b.kpis.length,
      render: (kpis: Member['kpis']) => (
        <Space orientation="vertical" size={0}>
          {kpis.map((k) => (
            <span key={k.id}>{t('team.kpi.display', { name: k.name, target: k.target.toLocaleString(), unit: k.unit })}</span>
          ))}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" data-testid="member-edit" onClick={() => setEditing(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t('team.deleteConfirm', { name: row.name })} onConfirm={() => void remove(row)} okText={t('common.delete')} cancelText={t('common.cancel')}>
            <Button type="link" size="small" danger data-testid="member-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} data-testid="member-create" title={t('shortcuts.create')} onClick={() => setEditing(null)}>
      {t('team.create')}
    </Button>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('team.title')}
        </Typography.Title>
        <Space>
          <Input ref={search} allowClear data-testid="team-search" title={t('shortcuts.search')} prefix={<SearchOutlined />} placeholder={t('team.searchPlaceholder')} style={{ width: 240 }} value={query} onChange={(e) => setQuery(e.target.value)} />
          {createButton}
        </Space>
      </Space>
      {loaded && members.length === 0 ? (
        <Card>
          <Empty data-testid="team-empty" description={t('team.empty')}>
            {createButton}
          </Empty>
        </Card>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<Member>
            data-testid="team-table"
            rowKey="id"
            size="middle"
            loading={!loaded}
            columns={columns}
            dataSource={visible}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('team.noMatch') }}
          />
        </Card>
      )}
      <MemberFormDrawer open={editing !== undefined} member={editing ?? null} onClose={() => setEditing(undefined)} />
    </>
  );
}
