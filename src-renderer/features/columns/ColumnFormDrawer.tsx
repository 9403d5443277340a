import { App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColumnInput, type Column } from '../../../src-shared/contract/columns';
import type { Member } from '../../../src-shared/contract/team';
import { useZodForm } from '../../lib/use-zod-form';
import { CadenceEditor } from './CadenceEditor';
import { columnsStore } from './store';
import { errorText } from '../../lib/field-errors';

interface Props {
  accountId: string;
  column: Column | null;
  members: Member[];
  onClose: () => void;
}

function ColumnForm({ accountId, column, members, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(
    ColumnInput,
    column
      ? { accountId, name: column.name, purpose: column.purpose, cadence: column.cadence, ownerId: column.ownerId }
      : { accountId, name: '', purpose: '', cadence: { kind: 'weekly', weekdays: [2] }, ownerId: null },
  );
  const { values, set, status } = form;
  const cadenceStatus = { ...status('cadence'), ...status('cadence.weekdays'), ...status('cadence.days') };

  async function submit() {
    const saved = await form.submit((input) => columnsStore().getState().save(input, column?.id), (error) => void message.error(errorText(t, error)));
    if (!saved) return;
    void message.success(t('common.saved'));
    onClose();
  }


  return (
    <Form layout="vertical" data-testid="column-form" onFinish={() => void submit()}>
      <Form.Item label={t('columns.form.name')} required {...status('name')}>
        <Input data-testid="column-form-name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('columns.form.purpose')} {...status('purpose')}>
        <Input.TextArea rows={2} placeholder={t('columns.form.purposePlaceholder')} value={values.purpose} onChange={(e) => set('purpose', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('columns.form.cadence')} required {...cadenceStatus}>
        <CadenceEditor value={values.cadence} onChange={(c) => set('cadence', c)} />
      </Form.Item>
      <Form.Item label={t('columns.form.owner')} {...status('ownerId')}>
        <Select
          allowClear
          placeholder={t('accounts.form.ownerPlaceholder')}
          value={values.ownerId ?? undefined}
          onChange={(v) => set('ownerId', v ?? null)}
          options={members.map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" data-testid="column-save">
          {t('common.save')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}

export function ColumnFormDrawer({ open, ...props }: Props & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={props.onClose} size={480} destroyOnHidden title={t(props.column ? 'columns.form.editTitle' : 'columns.form.createTitle')}>
      {open && <ColumnForm key={props.column?.id ?? 'new'} {...props} />}
    </Drawer>
  );
}
