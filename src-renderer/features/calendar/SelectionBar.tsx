import { CopyOutlined, DeleteOutlined, InboxOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, DatePicker, Popconfirm, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectionEdits } from './SelectionEdits';
import { useItemActions } from './use-item-actions';

interface Props {
  ids: string[];
  /** The first day on screen: the date picker opens on its month. */
  periodStart: string;
  onClear: () => void;
}

/** Actions on the selected items (Ctrl/⌘/Shift-click): move to a day or the pool, copy to a day, status, owner, tag, delete. */
export function SelectionBar({ ids, periodStart, onClear }: Props) {
  const { t } = useTranslation();
  const actions = useItemActions();
  const [picking, setPicking] = useState<'move' | 'copy' | null>(null);
  const done = (ok: boolean) => ok && onClear();
  const pick = (day: Dayjs | null) => {
    const mode = picking;
    setPicking(null);
    if (!day || !mode) return;
    const date = day.format('YYYY-MM-DD');
    void actions.toDay(ids, date, mode === 'copy').then(done);
  };
  return (
    <div data-testid="calendar-selection" style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 12px', marginBottom: 8, background: '#e6f4ff', border: '1px solid #91caff', borderRadius: 6 }}>
      <Typography.Text strong>{t('calendar.selection.count', { count: ids.length })}</Typography.Text>
      <Space size={4} style={{ marginLeft: 12 }}>
        <Button size="small" icon={<SwapOutlined />} data-testid="selection-move" onClick={() => setPicking('move')}>
          {t('calendar.selection.move')}
        </Button>
        <Button size="small" icon={<CopyOutlined />} data-testid="selection-copy" onClick={() => setPicking('copy')}>
          {t('calendar.selection.copy')}
        </Button>
        <Button size="small" icon={<InboxOutlined />} data-testid="selection-pool" onClick={() => void actions.move(ids, { date: '' }).then(done)}>
          {t('calendar.selection.toPool')}
        </Button>
        <SelectionEdits ids={ids} />
        <Popconfirm title={t('calendar.selection.deleteConfirm', { count: ids.length })} onConfirm={() => void actions.remove(ids).then(done)}>
          <Button size="small" danger icon={<DeleteOutlined />} data-testid="selection-delete">
            {t('common.delete')}
          </Button>
        </Popconfirm>
      </Space>
      {picking && (
        <DatePicker
          open
          size="small"
          defaultPickerValue={dayjs(periodStart)}
          data-testid="selection-date"
          placeholder={t(`calendar.selection.${picking}To`)}
          onChange={pick}
          onOpenChange={(open) => !open && setPicking(null)}
        />
      )}
      <Button size="small" type="link" style={{ marginLeft: 'auto' }} onClick={onClear} data-testid="selection-clear">
        {t('calendar.selection.clear')}
      </Button>
    </div>
  );
}
