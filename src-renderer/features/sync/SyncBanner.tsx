import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSync } from './store';
import { useReenroll } from './use-reenroll';

/**
 * The shell's banner while sync has stopped for good: HQ turned this device off, or needs a newer
 * app. Not shown on 设置 → 同步 itself, which says the same at full size.
 */
export function SyncBanner({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const reenroll = useReenroll();
  if (hidden || !status) return null;
  if (status.state === 'revoked') {
    return (
      <Alert
        banner
        type="error"
        data-testid="sync-banner"
        title={t(status.lastError?.code === 'unauthorized' ? 'sync.revoked.unknownBody' : 'sync.revoked.body')}
        action={
          <Button size="small" danger onClick={() => void reenroll()} data-testid="sync-banner-reenroll">
            {t('sync.revoked.reenroll')}
          </Button>
        }
      />
    );
  }
  if (status.state === 'tooOld') {
    return <Alert banner type="warning" data-testid="sync-banner" title={t('sync.tooOld.body', { min: status.minAppVersion ?? '', current: status.appVersion })} />;
  }
  return null;
}
