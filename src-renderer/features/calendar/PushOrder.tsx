import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Form, List } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useShowError } from '../../lib/use-show-error';
import { slotKey } from './ItemChip';
import { calendarStore } from './store';

interface Props {
  item: CalendarItem;
  /** The item's new slot after a reorder. */
  onReordered: (slot: number) => void;
}

/**
 * The push an item belongs to (every item of its account that day, whatever the filters show),
 * reordered with the arrows: 头条 first.
 */
export function PushOrder({ item, onReordered }: Props) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [push, setPush] = useState<CalendarItem[]>([]);

  useEffect(() => {
    let current = true;
    void calendarStore()
      .getState()
      .pushOf(item.accountId, item.date)
      .then((result) => current && result.ok && setPush(result.data));
    return () => {
      current = false;
    };
  }, [item.accountId, item.date]);

  if (push.length < 2) return null;

  async function shift(index: number, delta: -1 | 1) {
    const ids = push.map((i) => i.id);
    [ids[index], ids[index + delta]] = [ids[index + delta]!, ids[index]!];
    const result = await calendarStore().getState().reorder(item.accountId, item.date, ids, push);
    if (!result.ok) return showError(result.error);
    setPush([...result.data].sort((a, b) => a.slot - b.slot));
    const own = result.data.find((i) => i.id === item.id);
    if (own) onReordered(own.slot);
  }

  return (
    <Form.Item label={t('calendar.form.push')} data-testid="calendar-push-order">
      <List
        size="small"
        bordered
        dataSource={push}
        renderItem={(row, index) => {
          // The slot as stored: a push with two 头条 shows two, as the problems panel says.
          const slot = slotKey(row.slot);
          return (
            <List.Item
              data-testid="push-row"
              style={{ fontWeight: row.id === item.id ? 600 : undefined }}
              actions={[
                <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={t('calendar.form.moveUp')} data-testid="push-up" onClick={() => void shift(index, -1)} />,
                <Button
                  key="down"
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  disabled={index === push.length - 1}
                  aria-label={t('calendar.form.moveDown')}
                  data-testid="push-down"
                  onClick={() => void shift(index, 1)}
                />,
              ]}
            >
              <span data-testid="push-slot" style={{ width: 48, display: 'inline-block', color: '#8c8c8c' }}>
                {t(slot.key, slot.params)}
              </span>
              {row.title}
            </List.Item>
          );
        }}
      />
    </Form.Item>
  );
}
