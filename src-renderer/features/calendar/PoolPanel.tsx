import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
import { useItemDrop } from './drag';
import { ItemChip } from './ItemChip';

/** 选题库: topics without a date. Drag one onto a day to plan it; drop an item here to unplan it. */
export const PoolPanel = memo(function PoolPanel({ pool }: { pool: CalendarItem[] }) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const drop = useItemDrop((ids, copy) => board.onDrop(ids, { date: '' }, copy));
  return (
    <Card
      size="small"
      data-testid="calendar-pool"
      data-drop-over={drop.over || undefined}
      {...drop.props}
      title={t('calendar.pool.title', { count: pool.length })}
      extra={<Button size="small" type="text" icon={<PlusOutlined />} data-testid="calendar-pool-create" onClick={() => board.onCreate('')} aria-label={t('calendar.pool.create')} title={t('calendar.pool.create')} />}
      styles={{ body: { padding: 8, maxHeight: 220, overflowY: 'auto', background: drop.over ? '#bae0ff' : undefined } }}
    >
      {pool.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('calendar.pool.empty')}
        </Typography.Text>
      ) : (
        pool.map((item) => <ItemChip key={item.id} item={item} showSlot={false} />)
      )}
    </Card>
  );
});
