import { CheckOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useBody } from './store';

/** The body's save status for the page header: 保存中… / 已保存 hh:mm:ss / 保存失败，正在重试. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useBody((state) => state.save);
  if (save.kind === 'saving')
    return (
      <Typography.Text type="secondary" data-testid="save-status">
        <LoadingOutlined /> {t('articleEditor.save.saving')}
      </Typography.Text>
    );
  if (save.kind === 'failed')
    return (
      <Tooltip title={t('articleEditor.save.failedHint', { message: save.error.message })}>
        <Typography.Text type="danger" data-testid="save-status">
          <WarningOutlined /> {t('articleEditor.save.failed')}
        </Typography.Text>
      </Tooltip>
    );
  return (
    <Typography.Text type="secondary" data-testid="save-status">
      <CheckOutlined /> {save.at === null ? t('articleEditor.save.unchanged') : t('articleEditor.save.saved', { time: dayjs(save.at).format('HH:mm:ss') })}
    </Typography.Text>
  );
}
