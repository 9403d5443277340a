import { Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Member, type Role } from '../../../src-shared/contract/team';
import { ListPage, type ListTableProps } from '../../components/ListPage';
import { MemberFormDrawer } from './MemberFormDrawer';
import { TeamTabs } from './TeamTabs';
import { teamStore, useTeam } from './store';

const ROLE_COLORS: Record<Role, string> = { copywriter: 'blue', designer: 'purple', reviewer: 'lime', approver: 'gold', support: 'cyan', promotion: 'orange', data: 'geekblue' };

const searchFields = (member: Member) => [member.name, member.dailyDuties, member.contact, ...member.kpis.map((k) => k.name)];

export function TeamPage() {
  const { t } = useTranslation();
  const members = useTeam((s) => s.rows);
  const loaded = useTeam((s) => s.loaded);

  return (
    <>
      <TeamTabs active="members" />
      <ListPage<Member>
        title={t('team.title')}
        testId="team"
        rows={members}
        loaded={loaded}
        searchFields={searchFields}
        searchPlaceholder={t('team.searchPlaceholder')}
        createLabel={t('team.create')}
        createTestId="member-create"
        emptyText={t('team.empty')}
        actions={teamStore().getState()}
        removedText={(member) => t('team.deleted', { name: member.name })}
        table={(props) => <MembersTable {...props} loading={!loaded} />}
        drawer={({ open, row, onClose }) => <MemberFormDrawer open={open} member={row} onClose={onClose} />}
      />
    </>
  );
}

/** The team: roles, daily duties and KPIs of each member. */
function MembersTable({ rows, edit, remove, loading }: ListTableProps<Member> & { loading: boolean }) {
  const { t } = useTranslation();
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
          <Button type="link" size="small" data-testid="member-edit" onClick={() => edit(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t('team.deleteConfirm', { name: row.name })} onConfirm={() => remove(row)} okText={t('common.delete')} cancelText={t('common.cancel')}>
            <Button type="link" size="small" danger data-testid="member-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<Member>
      data-testid="team-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('team.noMatch') }}
    />
  );
}
