import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Empty, Form, Input, List, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { KeyDateInput, KeyDateKind, type KeyDate } from '../../../src-shared/contract/calendar';
import { useShowError } from '../../lib/use-show-error';
import { useZodForm } from '../../lib/use-zod-form';
import { calendarStore } from './store';

interface Props {
  open: boolean;
  /** The key dates of the period on screen. */
  keyDates: KeyDate[];
  /** The day a new key date starts on. */
  date: string;
  onClose: () => void;
}

const blank = (date: string): KeyDateInput => ({ date, name: '', kind: 'launch', notes: '' });

/** 重要日期: the workspace's own dates (launches, anniversaries, events), shown as a calendar layer. */
export function KeyDatesDialog({ open, keyDates, date, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={open} width={600} title={t('calendar.keyDates.title')} footer={null} onCancel={onClose} destroyOnHidden data-testid="key-dates-dialog">
      {open && <KeyDatesEditor keyDates={keyDates} date={date} />}
    </Modal>
  );
}

function KeyDatesEditor({ keyDates, date }: Pick<Props, 'keyDates' | 'date'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const form = useZodForm(KeyDateInput, blank(date));
  const { values, set, status } = form;

  async function save() {
    const saved = await form.submit((input) => calendarStore().getState().saveKeyDate(input));
    if (!saved) return;
    void message.success(t('common.saved'));
    form.reset(blank(values.date));
  }

  async function remove(keyDate: KeyDate) {
    const result = await calendarStore().getState().removeKeyDate(keyDate.id);
    if (!result.ok) showError(result.error);
  }

  const kinds = KeyDateKind.options.map((kind) => ({ value: kind, label: t(`calendar.keyDates.kind.${kind}`) }));
  return (
    <>
      <Form layout="vertical" onFinish={() => void save()} data-testid="key-date-form">
        <Space align="start" wrap>
          <Form.Item label={t('calendar.form.date')} required {...status('date')}>
            <DatePicker allowClear={false} value={values.date ? dayjs(values.date) : null} onChange={(d) => set('date', d ? d.format('YYYY-MM-DD') : '')} data-testid="key-date-date" />
          </Form.Item>
          <Form.Item label={t('calendar.keyDates.name')} required {...status('name')}>
            <Input value={values.name} onChange={(e) => set('name', e.target.value)} style={{ width: 170 }} data-testid="key-date-name" placeholder={t('calendar.keyDates.namePlaceholder')} />
          </Form.Item>
          <Form.Item label={t('calendar.keyDates.kindLabel')} {...status('kind')}>
            <Select value={values.kind} onChange={(v: KeyDateKind) => set('kind', v)} options={kinds} style={{ width: 110 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t('calendar.keyDates.notes')} {...status('notes')}>
          <Input value={values.notes} onChange={(e) => set('notes', e.target.value)} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={form.submitting} data-testid="key-date-save">
            {values.id ? t('common.save') : t('calendar.keyDates.add')}
          </Button>
          {values.id && <Button onClick={() => form.reset(blank(values.date))}>{t('common.cancel')}</Button>}
        </Space>
      </Form>
      <List
        style={{ marginTop: 16 }}
        size="small"
        bordered
        header={t('calendar.keyDates.inPeriod', { count: keyDates.length })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.keyDates.empty')} /> }}
        dataSource={keyDates}
        renderItem={(keyDate) => (
          <List.Item
            data-testid="key-date-row"
            actions={[
              <Button key="edit" size="small" type="link" onClick={() => form.reset({ id: keyDate.id, date: keyDate.date, name: keyDate.name, kind: keyDate.kind, notes: keyDate.notes })}>
                {t('common.edit')}
              </Button>,
              <Popconfirm key="delete" title={t('calendar.keyDates.deleteConfirm', { name: keyDate.name })} onConfirm={() => void remove(keyDate)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
              </Popconfirm>,
            ]}
          >
            <span style={{ width: 90, display: 'inline-block' }}>{keyDate.date}</span>
            <Tag>{t(`calendar.keyDates.kind.${keyDate.kind}`)}</Tag>
            {keyDate.name}
          </List.Item>
        )}
      />
    </>
  );
}
