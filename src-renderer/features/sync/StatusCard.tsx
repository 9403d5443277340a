import { LogoutOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SyncState, SyncStatus } from '../../../src-shared/contract/sync';
import { formatDateTime } from '../../lib/format';
import { syncStore, useSync } from './store';
import { ago, problemText } from './summary';
import { useNow } from './use-now';
import { useShowSyncError } from './use-show-sync-error';

const STATE_COLOUR: Record<SyncState, string> = { notEnrolled: 'default', idle: 'success', syncing: 'processing', offline: 'warning', error: 'error', revoked: 'error', tooOld: 'warning' };

/** 上次同步 as 3 分钟前, the exact moment on hover. */
function Moment({ iso, testId }: { iso: string; testId?: string }) {
  const now = useNow();
  return (
    <Tooltip title={formatDateTime(iso)}>
      <span data-testid={testId} tabIndex={0}>
        {ago(iso, now)}
      </span>
    </Tooltip>
  );
}

/** The last failure, its reason and time, and when the loop tries again. */
function Problem({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const text = problemText(status);
  if (!text || !status.lastError) return null;
  const when = [t('sync.problem.at', { time: formatDateTime(status.lastError.at) }), status.auto && status.nextAttemptAt && t('sync.status.nextAttempt', { time: formatDateTime(status.nextAttemptAt) })]
    .filter(Boolean)
    .join(' · ');
  const offline = status.state === 'offline';
  return (
    <Alert
      type={offline ? 'warning' : 'error'}
      showIcon
      data-testid="sync-problem"
      title={text}
      description={
        <>
          {offline && status.auto && <div>{t('sync.problem.offlineHint')}</div>}
          <div>{when}</div>
        </>
      }
    />
  );
}

/** Enrolled: where to, as whom, when last, what waits; 自动同步, 立即同步 and 退出同步. */
export function StatusCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowSyncError();
  const syncingNow = useSync((s) => s.syncingNow);
  const syncing = syncingNow || status.state === 'syncing';

  async function syncNow() {
    const result = await syncStore().getState().syncNow();
    if (result.ok) void message.success(t('sync.status.synced', { pushed: result.data.pushed, pulled: result.data.pulled }));
    // A failure the status now shows (the reason on this page, a stopped state's screen) needs no second word.
    else if (!syncStore().getState().status?.lastError) showError(result.error, t('sync.status.syncFailed'));
  }

  async function setAuto(auto: boolean) {
    const result = await syncStore().getState().setAuto(auto);
    if (!result.ok) showError(result.error);
  }

  async function leave() {
    const result = await syncStore().getState().leave();
    if (result.ok) void message.success(t('sync.status.left'));
    else showError(result.error);
  }

  const pending = status.pendingChanges;
  return (
    <Card
      data-testid="sync-status"
      title={
        <Space>
          {t('sync.status.title')}
          <Tag color={STATE_COLOUR[status.state]} data-testid="sync-state" variant="filled">
            {t(`sync.state.${status.state}`)}
          </Tag>
        </Space>
      }
      extra={
        <Button type="primary" icon={<SyncOutlined spin={syncing} />} disabled={syncing} onClick={() => void syncNow()} data-testid="sync-now">
          {t('sync.status.syncNow')}
        </Button>
      }
    >
      <div style={{ display: 'grid', gap: 16 }}>
        <Problem status={status} />
        <Descriptions column={2} size="small" styles={{ label: { width: 96 } }}>
          <Descriptions.Item label={t('sync.status.hqUrl')}>
            <Typography.Text data-testid="sync-hq" copyable>
              {status.hqUrl}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('sync.status.tenant')}>
            <span data-testid="sync-tenant">{status.tenantName ?? t('common.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('sync.status.device')}>
            <span data-testid="sync-device">{status.deviceName ?? t('common.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('sync.status.enrolledAt')}>{status.enrolledAt ? formatDateTime(status.enrolledAt) : t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('sync.status.lastSync')}>{status.lastSyncAt ? <Moment iso={status.lastSyncAt} testId="sync-last" /> : t('sync.status.never')}</Descriptions.Item>
          <Descriptions.Item label={t('sync.status.pending')}>
            <span data-testid="sync-pending">{pending > 0 ? t('sync.status.pendingCount', { count: pending }) : t('sync.status.nothingPending')}</span>
          </Descriptions.Item>
        </Descriptions>
        <Space align="center" wrap>
          <Switch checked={status.auto} onChange={(auto) => void setAuto(auto)} data-testid="sync-auto" aria-label={t('sync.status.auto')} />
          <Typography.Text>{t('sync.status.auto')}</Typography.Text>
          <Typography.Text type="secondary">{status.auto ? t('sync.status.autoHint') : t('sync.status.autoOffHint')}</Typography.Text>
        </Space>
        <div>
          <Popconfirm
            title={t('sync.status.leaveConfirm')}
            description={<div style={{ maxWidth: 320 }}>{t('sync.status.leaveHint')}</div>}
            onConfirm={() => void leave()}
            okText={t('sync.status.leave')}
            cancelText={t('common.cancel')}
          >
            <Button type="link" danger icon={<LogoutOutlined />} style={{ paddingInline: 0 }} data-testid="sync-leave">
              {t('sync.status.leave')}
            </Button>
          </Popconfirm>
        </div>
      </div>
    </Card>
  );
}
