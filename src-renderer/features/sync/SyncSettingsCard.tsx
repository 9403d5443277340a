import { RightOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { syncHref } from './route';
import { isEnrolled, useSync } from './store';
import { SyncStateText } from './SyncIndicator';

/** 设置's entry to 同步: where it stands, and the way in. */
export function SyncSettingsCard() {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const enrolled = isEnrolled(status);
  return (
    <Card
      title={t('sync.title')}
      data-testid="settings-sync"
      extra={
        <Button href={syncHref()} data-testid="settings-sync-open">
          {enrolled ? t('sync.settingsCard.open') : t('sync.settingsCard.connect')} <RightOutlined />
        </Button>
      }
    >
      {enrolled ? (
        <span data-testid="settings-sync-state">
          <SyncStateText status={status} />
        </span>
      ) : (
        <Typography.Text type="secondary">{t('sync.settingsCard.notEnrolled')}</Typography.Text>
      )}
    </Card>
  );
}
