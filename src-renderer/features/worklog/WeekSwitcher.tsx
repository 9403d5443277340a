import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../src-shared/domain/dates';

interface Props {
  /** The Monday of the week shown. */
  monday: string;
  thisMonday: string;
  onChange(monday: string): void;
}

/** ← 上一周 · 11-02 至 11-08 · 下一周 → · 本周 */
export function WeekSwitcher({ monday, thisMonday, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Button size="small" icon={<LeftOutlined />} aria-label={t('worklog.week.previous')} data-testid="worklog-week-previous" onClick={() => onChange(addDays(monday, -7))} />
      <Typography.Text strong data-testid="worklog-week-label" style={{ minWidth: 190, textAlign: 'center', display: 'inline-block' }}>
        {t('worklog.week.label', { from: monday, to: addDays(monday, 6) })}
      </Typography.Text>
      <Button size="small" icon={<RightOutlined />} aria-label={t('worklog.week.next')} data-testid="worklog-week-next" onClick={() => onChange(addDays(monday, 7))} />
      <Button size="small" disabled={monday === thisMonday} onClick={() => onChange(thisMonday)}>
        {t('worklog.week.thisWeek')}
      </Button>
    </Space>
  );
}
