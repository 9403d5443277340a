import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_CATEGORIES, WorkLogInput, type WorkLog } from '../../../src-shared/contract/worklog';
import { parseDuration } from '../../../src-shared/domain/worklog/duration';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { useZodForm } from '../../lib/use-zod-form';
import { useTeam } from '../team/store';
import { useDurationText } from './duration-text';
import { LinkSelect, type LinkValue } from './LinkSelect';
import { worklogStore } from './store';

function EntryForm({ entry }: { entry: WorkLog }) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const members = useTeam((s) => s.rows);
  const form = useZodForm(WorkLogInput, {
    date: entry.date,
    memberId: entry.memberId,
    category: entry.category,
    minutes: entry.minutes,
    note: entry.note,
    link: entry.link && { kind: entry.link.kind, id: entry.link.id },
  });
  const { values, set, status } = form;
  const [duration, setDuration] = useState(String(entry.minutes));
  const [link, setLink] = useState<LinkValue | null>(entry.link);
  const minutesStatus = status('minutes');
  const unreadable = duration.trim() !== '' && parseDuration(duration) === undefined;

  return (
    <DrawerForm form={form} testId="worklog-form" saveTestId="worklog-form-save" save={(input) => worklogStore().getState().save(input, entry.id)}>
      <Form.Item label={t('worklog.fields.date')} required {...status('date')}>
        <DatePicker allowClear={false} value={dayjs(values.date)} onChange={(value) => value && set('date', value.format('YYYY-MM-DD'))} />
      </Form.Item>
      <Form.Item label={t('worklog.fields.member')} required {...status('memberId')}>
        <Select showSearch optionFilterProp="label" value={values.memberId} onChange={(id) => set('memberId', id)} options={members.map((m) => ({ value: m.id, label: m.name }))} />
      </Form.Item>
      <Form.Item label={t('worklog.fields.category')} required {...status('category')}>
        <Select value={values.category} onChange={(c) => set('category', c)} options={WORK_CATEGORIES.map((c) => ({ value: c, label: t(`worklog.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item
        label={t('worklog.fields.duration')}
        required
        validateStatus={unreadable || minutesStatus.validateStatus ? 'error' : undefined}
        help={
          unreadable
            ? t('worklog.duration.bad', { value: duration.trim() })
            : (minutesStatus.help ?? (typeof values.minutes === 'number' && values.minutes > 0 ? t('worklog.duration.preview', { text: durationText(values.minutes) }) : undefined))
        }
      >
        <Input
          data-testid="worklog-form-minutes"
          value={duration}
          onChange={(e) => {
            setDuration(e.target.value);
            set('minutes', parseDuration(e.target.value) ?? Number.NaN);
          }}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('worklog.fields.note')} {...status('note')}>
        <Input.TextArea rows={3} maxLength={500} value={values.note} onChange={(e) => set('note', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('worklog.fields.link')} {...status('link')}>
        <LinkSelect
          value={link}
          onChange={(picked) => {
            setLink(picked);
            set('link', picked && { kind: picked.kind, id: picked.id });
          }}
        />
      </Form.Item>
    </DrawerForm>
  );
}

export function EntryDrawer({ entry, onClose }: { entry: WorkLog | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={entry !== null} onClose={onClose} width={480} title={t('worklog.list.editTitle')}>
      {entry && <EntryForm key={entry.id} entry={entry} />}
    </FormDrawer>
  );
}
