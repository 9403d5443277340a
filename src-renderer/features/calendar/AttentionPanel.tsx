import { Card, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attention } from '../../../src-shared/contract/calendar';
import { ItemChip } from './ItemChip';

/** What needs the operator today: the pushes going out and the drafts past their due date. */
export const AttentionPanel = memo(function AttentionPanel({ attention: { today, overdue, overdueTotal } }: { attention: Attention }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="calendar-attention" title={t('calendar.attention.title')} styles={{ body: { padding: 8, maxHeight: 240, overflowY: 'auto' } }}>
      <Typography.Text strong style={{ fontSize: 12 }} data-testid="calendar-today-count">
        {t('calendar.attention.today', { count: today.length })}
      </Typography.Text>
      <div data-testid="calendar-today-items">
        {today.map((item) => (
          <ItemChip key={item.id} item={item} />
        ))}
      </div>
      <Typography.Text strong type={overdue.length ? 'danger' : undefined} style={{ fontSize: 12, display: 'block', marginTop: 6 }} data-testid="calendar-overdue-count">
        {t('calendar.attention.overdue', { count: overdueTotal })}
        {overdueTotal > overdue.length && t('calendar.attention.overdueShown', { count: overdue.length })}
      </Typography.Text>
      <div data-testid="calendar-overdue-items">
        {overdue.map((item) => (
          <ItemChip key={item.id} item={item} showDate />
        ))}
      </div>
    </Card>
  );
});
