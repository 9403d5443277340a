import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { App, Button, Form, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { errorText } from '../../lib/field-errors';
import { slotKey } from './ItemChip';
import { calendarStore, useCalendar } from './store';

/** The push an item belongs to (its account's items that day), reordered with the arrows: 头条 first. */
export function PushOrder({ item }: { item: CalendarItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const items = useCalendar((s) => s.items);
  const push = items.filter((i) => i.accountId === item.accountId && i.date === item.date).sort((a, b) => a.slot - b.slot);
  if (push.length < 2) return null;

  async function shift(index: number, delta: -1 | 1) {
    const ids = push.map((i) => i.id);
    [ids[index], ids[index + delta]] = [ids[index + delta]!, ids[index]!];
    const result = await calendarStore().getState().reorder(item.accountId, item.date, ids);
    if (!result.ok) void message.error(errorText(t, result.error));
  }

  return (
    <Form.Item label={t('calendar.form.push')} data-testid="calendar-push-order">
      <List
        size="small"
        bordered
        dataSource={push}
        renderItem={(row, index) => {
          const slot = slotKey(index + 1);
          return (
            <List.Item
              data-testid="push-row"
              style={{ fontWeight: row.id === item.id ? 600 : undefined }}
              actions={[
                <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={t('calendar.form.moveUp')} data-testid="push-up" onClick={() => void shift(index, -1)} />,
                <Button key="down" size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === push.length - 1} aria-label={t('calendar.form.moveDown')} data-testid="push-down" onClick={() => void shift(index, 1)} />,
              ]}
            >
              <span style={{ width: 48, display: 'inline-block', color: '#8c8c8c' }}>{t(slot.key, slot.params)}</span>
              {row.title}
            </List.Item>
          );
        }}
      />
    </Form.Item>
  );
}
