import { CloudDownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../src-shared/contract/backups';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useShowError } from '../../lib/use-show-error';
import { backupsStore, useBackups } from './store';

/** Rolling backups with 「立即备份」 and a confirmed 「恢复」 per row (the store refetches the app's data). */
export function BackupsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const backups = useBackups((s) => s.backups);
  const loading = useBackups((s) => s.loading);
  const busy = useBackups((s) => s.busy);

  useEffect(() => {
    void backupsStore().getState().load();
  }, []);

  async function create() {
    const result = await backupsStore().getState().create();
    if (result.ok) void message.success(t('backups.created'));
    else showError(result.error);
  }

  async function restore(backup: Backup) {
    const result = await backupsStore().getState().restore(backup.name);
    if (!result.ok) return showError(result.error);
    void message.success(t('backups.restored', { time: formatDateTime(backup.createdAt) }));
  }

  const columns: TableColumnsType<Backup> = [
    { title: t('backups.columns.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    { title: t('backups.columns.reason'), dataIndex: 'reason', render: (reason: Backup['reason']) => t(`backups.reason.${reason}`) },
    { title: t('backups.columns.size'), dataIndex: 'sizeBytes', align: 'right', render: (n: number) => formatBytes(n) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, row) => (
        <Popconfirm title={t('backups.restoreConfirm')} description={t('backups.restoreConfirmHint')} onConfirm={() => void restore(row)} okText={t('backups.restore')} cancelText={t('common.cancel')}>
          <Button type="link" size="small" icon={<CloudDownloadOutlined />} loading={busy === row.name} data-testid="backup-restore">
            {t('backups.restore')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t('backups.title')}
      extra={
        <Button icon={<SaveOutlined />} loading={busy === 'new'} data-testid="backup-create" onClick={() => void create()}>
          {t('backups.create')}
        </Button>
      }
    >
      <Table<Backup>
        data-testid="backups-table"
        rowKey="name"
        size="small"
        loading={loading && backups.length === 0}
        columns={columns}
        dataSource={backups}
        pagination={false}
        locale={{ emptyText: t('backups.empty') }}
      />
    </Card>
  );
}
