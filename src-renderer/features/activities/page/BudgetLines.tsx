import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Table, Tag, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../src-shared/contract/activities';
import { CostLineInput, type CostInput, type CostItem } from '../../../../src-shared/contract/costs';
import { localDate } from '../../../../src-shared/domain/dates';
import { formatFen } from '../../../../src-shared/domain/money/money';
import { useUndoable } from '../../../components/use-undo';
import { useZodForm } from '../../../lib/use-zod-form';
import { useBudgetLineColumns, type LineRow } from './budget-line-columns';
import { activityPageStore, useActivityPage } from './store';

/** The row being added: not a line yet. */
const NEW = 'new';

/** A new line starts without an amount (NaN: the field is empty and saving asks for one). */
function initialOf(activity: Activity, line: CostItem | null): CostInput {
  if (!line) return { activityId: activity.id, date: activity.startDate || localDate(new Date()), category: 'prizes', name: '', unitFen: Number.NaN, quantity: 1, importance: 'important', paid: false };
  const { date, category, name, unitFen, quantity, importance, paid, department, notes } = line;
  return { activityId: activity.id, date, category, name, unitFen, quantity, importance, paid, department, notes };
}

/**
 * The activity's budget lines (费用 with its id), edited in place: one row at a time turns into
 * fields, Enter saves it, Esc leaves it; a deleted line can be brought back with 撤销.
 */
export function BudgetLines({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const lines = useActivityPage((s) => s.lines);
  const undoable = useUndoable();
  const [editing, setEditing] = useState<string | null>(null);
  // CostLineInput: the form also refuses a unit × quantity over the limit, as create does.
  const form = useZodForm(CostLineInput, initialOf(activity, null));
  const page = activityPageStore().getState();

  function edit(line: CostItem | null) {
    form.reset(initialOf(activity, line));
    setEditing(line?.id ?? NEW);
  }
  async function save() {
    const saved = await form.submit((input) => page.saveLine({ ...input, activityId: activity.id }, editing === NEW ? undefined : (editing ?? undefined)));
    if (saved) setEditing(null);
  }
  const remove = (line: CostItem) =>
    void undoable(
      () => page.removeLine(line.id),
      t('activities.budget.deleted', { name: line.name }),
      () => page.restoreLine(line.id),
    );
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && editing) {
      event.stopPropagation();
      setEditing(null);
    } else if (event.key === 'Enter' && editing && !(event.target instanceof Element && event.target.closest('.ant-picker, .ant-select'))) {
      event.preventDefault();
      void save();
    }
  }

  const rows: LineRow[] = [...lines.map((line) => ({ id: line.id, line })), ...(editing === NEW ? [{ id: NEW, line: null }] : [])];
  const columns = useBudgetLineColumns({ form, editing, onSave: () => void save(), onCancel: () => setEditing(null), onEdit: edit, onRemove: remove });
  const total = lines.reduce((sum, l) => sum + l.amountFen, 0);
  const paid = lines.reduce((sum, l) => sum + (l.paid ? l.amountFen : 0), 0);
  const important = lines.reduce((sum, l) => sum + (l.importance === 'important' ? l.amountFen : 0), 0);

  return (
    <Card
      title={t('activities.budget.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Button icon={<PlusOutlined />} data-testid="budget-line-add" disabled={editing !== null} onClick={() => edit(null)}>
          {t('activities.budget.add')}
        </Button>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Form component={false}>
        <div onKeyDown={onKeyDown}>
          <Table<LineRow>
            data-testid="budget-lines"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: <Typography.Text type="secondary">{t('activities.budget.empty')}</Typography.Text> }}
            summary={() =>
              lines.length > 0 && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    <Typography.Text strong>{t('activities.budget.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <Typography.Text strong data-testid="budget-total">
                      {formatFen(total)}
                    </Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} colSpan={3}>
                    <Tag color="red">{t('activities.budget.importantTotal', { amount: formatFen(important) })}</Tag>
                    <Typography.Text type="secondary">{t('activities.budget.paidTotal', { amount: formatFen(paid) })}</Typography.Text>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )
            }
          />
        </div>
      </Form>
    </Card>
  );
}
