import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColumnInput, type Column } from '../../../src-shared/contract/columns';
import { cadenceOverLimit } from '../../../src-shared/domain/columns/cadence';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { useZodForm } from '../../lib/use-zod-form';
import { OwnerSelect } from '../team/OwnerSelect';
import { CadenceEditor } from './CadenceEditor';
import { columnsStore } from './store';

interface Props {
  accountId: string;
  /** The account's platform: a 服务号's columns together may push at most 4 times a month. */
  platform: string;
  /** The account's columns (this one among them when editing). */
  siblings: Column[];
  column: Column | null;
}

function ColumnForm({ accountId, platform, siblings, column }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(
    ColumnInput,
    column ? { accountId, name: column.name, purpose: column.purpose, cadence: column.cadence, ownerId: column.ownerId } : { accountId, name: '', purpose: '', cadence: { kind: 'weekly', weekdays: [2] }, ownerId: null },
  );
  const { values, set, status } = form;
  const cadenceError = { ...status('cadence'), ...status('cadence.weekdays'), ...status('cadence.days') };
  // A warning, not a refusal: columns that meet on a day share one push, so the account's columns count together.
  const over = cadenceOverLimit(platform, [...siblings.filter((c) => c.id !== column?.id).map((c) => c.cadence), values.cadence]);
  const cadenceStatus = cadenceError.validateStatus || !over ? cadenceError : { validateStatus: 'warning' as const, help: <span data-testid="column-form-over-limit">{t('columns.limits.overMonthly', over)}</span> };

  return (
    <DrawerForm form={form} testId="column-form" saveTestId="column-save" save={(input) => columnsStore().getState().save(input, column?.id)}>
      <Form.Item label={t('columns.form.name')} required {...status('name')}>
        <Input data-testid="column-form-name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('columns.form.purpose')} {...status('purpose')}>
        <Input.TextArea rows={2} placeholder={t('columns.form.purposePlaceholder')} value={values.purpose} onChange={(e) => set('purpose', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('columns.form.cadence')} required {...cadenceStatus}>
        <CadenceEditor value={values.cadence} onChange={(c) => set('cadence', c)} />
      </Form.Item>
      <Form.Item label={t('columns.form.owner')} htmlFor="column-form-owner" {...status('ownerId')}>
        <OwnerSelect id="column-form-owner" data-testid="column-form-owner" placeholder={t('accounts.form.ownerPlaceholder')} value={values.ownerId ?? null} onChange={(v) => set('ownerId', v)} />
      </Form.Item>
    </DrawerForm>
  );
}

export function ColumnFormDrawer({ open, onClose, ...props }: Props & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={480} title={t(props.column ? 'columns.form.editTitle' : 'columns.form.createTitle')}>
      <ColumnForm key={props.column?.id ?? 'new'} {...props} />
    </FormDrawer>
  );
}
