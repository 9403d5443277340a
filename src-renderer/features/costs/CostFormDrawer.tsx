import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, COST_IMPORTANCES, CostLineInput, type CostInput, type CostItem } from '../../../src-shared/contract/costs';
import { localDate } from '../../../src-shared/domain/dates';
import { formatFen, lineFen } from '../../../src-shared/domain/money/money';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyField } from '../../lib/money-field';
import { useZodForm } from '../../lib/use-zod-form';
import { costsStore, useCosts } from './store';

function initialOf(item: CostItem | null): CostInput {
  if (!item) return { date: localDate(new Date()), category: 'tools', name: '', unitFen: Number.NaN, quantity: 1, importance: 'normal', paid: false, activityId: null, department: '', notes: '' };
  const { date, category, name, unitFen, quantity, importance, paid, activityId, department, notes } = item;
  return { date, category, name, unitFen, quantity, importance, paid, activityId, department, notes };
}

function CostForm({ item }: { item: CostItem | null }) {
  const { t } = useTranslation();
  const activities = useCosts((s) => s.activities);
  const form = useZodForm(CostLineInput, initialOf(item));
  const { values, set, status } = form;
  const unit = useMoneyField(status, 'unitFen');
  // The line's own activity stays nameable even when the activities list is not at hand.
  const activityOptions = activities.map((a) => ({ value: a.id, label: a.name }));
  if (item?.activityId && !activities.some((a) => a.id === item.activityId)) activityOptions.push({ value: item.activityId, label: item.activityName });
  const amount = Number.isFinite(values.unitFen) && Number.isFinite(values.quantity) ? formatFen(lineFen(values.unitFen, values.quantity)) : null;

  return (
    <DrawerForm
      form={form}
      testId="cost-form"
      saveTestId="cost-save"
      save={(input) => costsStore().getState().save(input, item?.id)}
      savedText={(saved) => (item ? t('common.saved') : t('costs.created', { name: saved.name }))}
    >
      <Form.Item label={t('costs.form.name')} required {...status('name')}>
        <Input data-testid="cost-form-name" value={values.name} placeholder={t('costs.form.namePlaceholder')} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('costs.form.date')} required {...status('date')}>
            <DatePicker data-testid="cost-form-date" style={{ width: '100%' }} allowClear={false} value={values.date ? dayjs(values.date) : null} onChange={(d) => set('date', d ? d.format('YYYY-MM-DD') : '')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('costs.form.category')} required {...status('category')}>
            <Select data-testid="cost-form-category" value={values.category} onChange={(v) => set('category', v)} options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`costs.category.${c}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('costs.form.unit')} htmlFor="cost-form-unit" required extra={t('costs.form.unitHint')} {...unit.status}>
            <MoneyInput id="cost-form-unit" data-testid="cost-form-unit" value={values.unitFen} onChange={(fen) => set('unitFen', fen ?? Number.NaN)} onIssue={unit.onIssue} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('costs.form.quantity')} required extra={amount ? t('costs.form.amount', { amount }) : undefined} {...status('quantity')}>
            <InputNumber
              data-testid="cost-form-quantity"
              style={{ width: '100%' }}
              min={1}
              precision={0}
              value={Number.isFinite(values.quantity) ? values.quantity : null}
              onChange={(v) => set('quantity', v ?? Number.NaN)}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('costs.form.importance')} required {...status('importance')}>
            <Radio.Group data-testid="cost-form-importance" optionType="button" value={values.importance} onChange={(e) => set('importance', e.target.value)}>
              {COST_IMPORTANCES.map((i) => (
                <Radio.Button key={i} value={i}>
                  {t(`costs.importance.${i}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('costs.form.paid')} {...status('paid')}>
            <Switch data-testid="cost-form-paid" checked={values.paid} onChange={(v) => set('paid', v)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('costs.form.activity')} {...status('activityId')}>
        <Select
          data-testid="cost-form-activity"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('costs.form.activityPlaceholder')}
          value={values.activityId ?? undefined}
          onChange={(v) => set('activityId', v ?? null)}
          options={activityOptions}
        />
      </Form.Item>
      <Form.Item label={t('costs.form.department')} {...status('department')}>
        <Input data-testid="cost-form-department" value={values.department} placeholder={t('costs.form.departmentPlaceholder')} onChange={(e) => set('department', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('costs.form.notes')} {...status('notes')}>
        <Input.TextArea rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </Form.Item>
    </DrawerForm>
  );
}

/** Add (no item) or edit a cost line in a side drawer. */
export function CostFormDrawer({ open, item, onClose }: { open: boolean; item: CostItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} title={t(item ? 'costs.form.editTitle' : 'costs.form.createTitle')} width={560} onClose={onClose}>
      <CostForm item={item} />
    </FormDrawer>
  );
}
