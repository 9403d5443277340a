import { StopOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../src-shared/contract/sync';
import { errorText } from '../../lib/field-errors';
import { settingsRouteDef } from '../settings/route';
import { EnrollCard } from './EnrollCard';
import { StatusCard } from './StatusCard';
import { syncStore, useSync } from './store';
import { useReenroll } from './use-reenroll';

/** HQ turned this device off, or needs a newer app: sync has stopped until the operator acts. */
function Stopped({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const reenroll = useReenroll();
  if (status.state === 'revoked') {
    const unknown = status.lastError?.code === 'unauthorized';
    return (
      <Card data-testid="sync-revoked">
        <Result
          status="error"
          icon={<StopOutlined />}
          title={t(unknown ? 'sync.revoked.unknownTitle' : 'sync.revoked.title')}
          subTitle={
            unknown ? (
              t('sync.revoked.unknownBody')
            ) : (
              <>
                <div>{t('sync.revoked.why')}</div>
                <div>{t('sync.revoked.remedy')}</div>
              </>
            )
          }
          extra={
            <Button type="primary" onClick={() => void reenroll()} data-testid="sync-reenroll">
              {t('sync.revoked.reenroll')}
            </Button>
          }
        />
      </Card>
    );
  }
  return (
    <Card data-testid="sync-too-old">
      <Result status="warning" title={t('sync.tooOld.title')} subTitle={t('sync.tooOld.body', { min: status.minAppVersion ?? '', current: status.appVersion })} />
    </Card>
  );
}

function Body({ status }: { status: SyncStatus }) {
  if (status.state === 'notEnrolled') return <EnrollCard />;
  if (status.state === 'revoked' || status.state === 'tooOld') return <Stopped status={status} />;
  return <StatusCard status={status} />;
}

/** 设置 → 同步. */
export function SyncPage() {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const error = useSync((s) => s.error);

  useEffect(() => {
    void syncStore().getState().load();
  }, []);

  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 960 }} data-testid="sync-page">
      <Breadcrumb items={[{ title: <a href={settingsRouteDef.href({ name: 'settings' })}>{t('settings.title')}</a> }, { title: t('sync.title') }]} style={{ fontSize: 16 }} />
      {error && !status && <Alert type="error" showIcon title={errorText(t, error)} />}
      {status ? <Body status={status} /> : !error && <Spin />}
    </div>
  );
}
