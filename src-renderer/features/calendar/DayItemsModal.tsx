import { Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { ItemChip } from './ItemChip';

/** Every item of one day, each with its account and platform, for a month cell that shows only what fits ("还有 N 条"). */
export function DayItemsModal({ date, items, onClose }: { date: string | null; items: CalendarItem[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={!!date} footer={null} onCancel={onClose} width={480} title={date ? t('calendar.dayItems', { date: dayjs(date).format(t('calendar.agendaDayFormat')), count: items.length }) : ''}>
      <div data-testid="calendar-day-items" style={{ maxHeight: 480, overflowY: 'auto' }}>
        {items.map((item) => (
          <ItemChip key={item.id} item={item} layout="wrap" showAccount />
        ))}
      </div>
    </Modal>
  );
}
