import { CheckCircleOutlined, CloudOutlined, CloudUploadOutlined, DisconnectOutlined, ExclamationCircleOutlined, StopOutlined, SyncOutlined, WarningOutlined } from '@ant-design/icons';
import { theme, Tooltip } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../src-shared/contract/sync';
import { formatDateTime } from '../../lib/format';
import { syncHref } from './route';
import { syncStore, useSync } from './store';
import { problemText, summarize, type SyncTone } from './summary';
import { useNow } from './use-now';

function iconOf(status: SyncStatus): ReactNode {
  switch (status.state) {
    case 'notEnrolled':
      return <CloudOutlined />;
    case 'syncing':
      return <SyncOutlined spin />;
    case 'offline':
      return <DisconnectOutlined />;
    case 'error':
      return <ExclamationCircleOutlined />;
    case 'revoked':
      return <StopOutlined />;
    case 'tooOld':
      return <WarningOutlined />;
    case 'idle':
      return status.pendingChanges > 0 ? <CloudUploadOutlined /> : <CheckCircleOutlined />;
  }
}

/** The state in a few words, after its icon, coloured by its tone. */
export function SyncStateText({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const now = useNow();
  const { text, tone } = summarize(t, status, now);
  const colour: Record<SyncTone, string> = { muted: token.colorTextTertiary, ok: token.colorTextSecondary, busy: token.colorTextSecondary, warn: token.colorWarningText, danger: token.colorError };
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap', color: colour[tone], fontWeight: tone === 'danger' ? 500 : 400 }}>
      <span style={{ color: tone === 'ok' ? token.colorSuccess : undefined, display: 'inline-flex' }}>{iconOf(status)}</span>
      <span>{text}</span>
    </span>
  );
}

/** The header's sync status: a few words and an icon; a click (or Enter) opens 设置 → 同步. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const now = useNow();

  useEffect(() => {
    if (!syncStore().getState().status) void syncStore().getState().load();
  }, []);

  if (!status) return null;
  const details = [problemText(status), status.lastSyncAt && t('sync.indicator.lastSyncAt', { time: formatDateTime(status.lastSyncAt) })].filter(Boolean);
  return (
    <Tooltip title={details.length > 0 ? details.map((line) => <div key={line as string}>{line}</div>) : undefined}>
      <a href={syncHref()} data-testid="sync-indicator" data-state={status.state} aria-label={t('sync.indicator.label', { state: summarize(t, status, now).text })} style={{ fontSize: 13, lineHeight: '22px' }}>
        <SyncStateText status={status} />
      </a>
    </Tooltip>
  );
}
