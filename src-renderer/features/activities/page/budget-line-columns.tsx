import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Segmented, Select, Space, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, COST_IMPORTANCES, type CostInput, type CostItem } from '../../../../src-shared/contract/costs';
import { formatFen } from '../../../../src-shared/domain/money/money';
import { MoneyInput } from '../../../components/MoneyInput';
import { useMoneyField } from '../../../lib/money-field';
import type { ItemStatus } from '../../../lib/use-zod-form';

/** A row of the budget table: a line, or the one being added (line null). */
export type LineRow = { id: string; line: CostItem | null };

/** What the columns need of the line form (a `useZodForm(CostInput)`). */
interface LineForm {
  values: CostInput;
  set: <K extends keyof CostInput & string>(field: K, value: CostInput[K]) => void;
  status: (path: string) => ItemStatus;
  submitting: boolean;
}

interface Options {
  form: LineForm;
  /** The row shown as fields: a line's id, 'new', or null. */
  editing: string | null;
  onSave: () => void;
  onCancel: () => void;
  onEdit: (line: CostItem) => void;
  onRemove: (line: CostItem) => void;
}

const cellItem = (status: ItemStatus, field: ReactNode) => (
  <Form.Item {...status} style={{ margin: 0 }}>
    {field}
  </Form.Item>
);

/** The budget table's columns: a line's values, or fields on the row being edited. */
export function useBudgetLineColumns({ form, editing, onSave, onCancel, onEdit, onRemove }: Options): TableColumnsType<LineRow> {
  const { t } = useTranslation();
  const { values, set, status } = form;
  const unit = useMoneyField(status, 'unitFen');
  const isEditing = (row: LineRow) => row.id === editing;
  const shown = (row: LineRow, text: (line: CostItem) => ReactNode, field: () => ReactNode) => (isEditing(row) ? field() : row.line ? text(row.line) : null);

  return [
    {
      title: t('activities.budget.date'),
      key: 'date',
      width: 138,
      render: (_, row) =>
        shown(
          row,
          (l) => l.date,
          () =>
            cellItem(
              status('date'),
              <DatePicker data-testid="budget-line-date" allowClear={false} value={values.date ? dayjs(values.date) : null} onChange={(d) => set('date', d ? d.format('YYYY-MM-DD') : '')} style={{ width: '100%' }} />,
            ),
        ),
    },
    {
      title: t('activities.budget.name'),
      key: 'name',
      render: (_, row) =>
        shown(
          row,
          (l) => <span data-testid="budget-line-name">{l.name}</span>,
          () => cellItem(status('name'), <Input data-testid="budget-line-name-input" autoFocus placeholder={t('activities.budget.namePlaceholder')} value={values.name} onChange={(e) => set('name', e.target.value)} />),
        ),
    },
    {
      title: t('activities.budget.category'),
      key: 'category',
      width: 130,
      render: (_, row) =>
        shown(
          row,
          (l) => t(`costs.category.${l.category}`),
          () =>
            cellItem(
              status('category'),
              <Select
                data-testid="budget-line-category"
                value={values.category}
                onChange={(c) => set('category', c)}
                options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`costs.category.${c}`) }))}
                style={{ width: '100%' }}
              />,
            ),
        ),
    },
    {
      title: t('activities.budget.amount'),
      key: 'amount',
      width: 240,
      align: 'right',
      render: (_, row) =>
        shown(
          row,
          (l) => (
            <span data-testid="budget-line-amount">
              {l.quantity > 1 && <span className="activity-muted">{t('activities.budget.unitTimes', { unit: formatFen(l.unitFen), quantity: l.quantity })}</span>}
              {formatFen(l.amountFen)}
            </span>
          ),
          () => (
            <Space.Compact style={{ width: '100%' }}>
              {cellItem(unit.status, <MoneyInput data-testid="budget-line-amount-input" value={values.unitFen} onChange={(fen) => set('unitFen', fen ?? Number.NaN)} onIssue={unit.onIssue} />)}
              {cellItem(
                status('quantity'),
                <InputNumber<number>
                  data-testid="budget-line-quantity"
                  aria-label={t('activities.budget.quantity')}
                  prefix="×"
                  min={1}
                  precision={0}
                  style={{ width: 72 }}
                  value={values.quantity}
                  onChange={(q) => set('quantity', q ?? Number.NaN)}
                />,
              )}
            </Space.Compact>
          ),
        ),
    },
    {
      title: t('activities.budget.importance'),
      key: 'importance',
      width: 128,
      render: (_, row) =>
        shown(
          row,
          (l) => <Tag color={l.importance === 'important' ? 'red' : 'default'}>{t(`costs.importance.${l.importance}`)}</Tag>,
          () =>
            cellItem(
              status('importance'),
              <Segmented
                size="small"
                data-testid="budget-line-importance"
                value={values.importance}
                onChange={(v) => set('importance', v)}
                options={COST_IMPORTANCES.map((i) => ({ value: i, label: t(`costs.importance.${i}`) }))}
              />,
            ),
        ),
    },
    {
      title: t('activities.budget.paid'),
      key: 'paid',
      width: 64,
      align: 'center',
      render: (_, row) =>
        shown(
          row,
          (l) => (l.paid ? t('activities.budget.yes') : t('activities.budget.no')),
          () => <Checkbox data-testid="budget-line-paid" aria-label={t('activities.budget.paid')} checked={values.paid} onChange={(e) => set('paid', e.target.checked)} />,
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, row) =>
        isEditing(row) ? (
          <Space size={0}>
            <Button type="link" size="small" data-testid="budget-line-save" loading={form.submitting} onClick={onSave}>
              {t('common.save')}
            </Button>
            <Button type="link" size="small" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Space>
        ) : (
          row.line && <LineActions line={row.line} disabled={editing !== null} onEdit={onEdit} onRemove={onRemove} />
        ),
    },
  ];
}

function LineActions({ line, disabled, onEdit, onRemove }: { line: CostItem; disabled: boolean; onEdit: (line: CostItem) => void; onRemove: (line: CostItem) => void }) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Button type="link" size="small" disabled={disabled} data-testid="budget-line-edit" onClick={() => onEdit(line)}>
        {t('common.edit')}
      </Button>
      {/* At once, with 撤销 in the message: a line is quick to take back. */}
      <Button type="link" size="small" danger disabled={disabled} data-testid="budget-line-delete" onClick={() => onRemove(line)}>
        {t('common.delete')}
      </Button>
    </Space>
  );
}
