import { Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlanCreate } from '../../../src-shared/contract/plans';
import { localDate } from '../../../src-shared/domain/dates';
import { nextQuarter, PLAN_TEMPLATES } from '../../../src-shared/domain/plans/plan-sections';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { navigate } from '../../lib/router';
import { useZodForm } from '../../lib/use-zod-form';
import { PeriodPicker } from './PeriodPicker';
import { planHref } from './route';
import { plansStore } from './store';

function CreatePlanForm() {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const start = nextQuarter(today);
  const form = useZodForm(PlanCreate, { title: '', author: '', periodKind: start.kind, periodStart: start.start, periodEnd: start.end, template: 'full' });
  const { values, set, update, status } = form;

  const save = async (input: PlanCreate) => {
    const result = await plansStore().getState().save(input);
    // The new plan opens in the composer, where its sections are written.
    if (result.ok) navigate(planHref(result.data.id));
    return result;
  };

  return (
    <DrawerForm form={form} testId="plan-create-form" saveTestId="plan-create-save" save={save} savedText={() => t('plans.create.created')}>
      <Form.Item label={t('plans.create.period')} required {...status('periodEnd')}>
        <PeriodPicker today={today} value={{ kind: values.periodKind, start: values.periodStart, end: values.periodEnd }} onChange={(p) => update({ periodKind: p.kind, periodStart: p.start, periodEnd: p.end })} />
      </Form.Item>
      <Form.Item label={t('plans.create.template')} required>
        <Radio.Group data-testid="plan-create-template" value={values.template} onChange={(e) => set('template', e.target.value)} style={{ display: 'grid', gap: 8 }}>
          {PLAN_TEMPLATES.map((template) => (
            <Radio key={template} value={template} data-testid={`plan-template-${template}`}>
              {t(`plans.template.${template}`)}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t(`plans.templateHint.${template}`)}
              </Typography.Text>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item label={t('plans.create.titleLabel')} htmlFor="plan-create-title" {...status('title')}>
        <Input id="plan-create-title" data-testid="plan-create-title" maxLength={80} placeholder={t('plans.create.titlePlaceholder')} value={values.title} onChange={(e) => set('title', e.target.value)} />
      </Form.Item>
    </DrawerForm>
  );
}

/** 新建运营方案: the period, the template, optionally a title; the plan then opens in the composer. */
export function CreatePlanDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} title={t('plans.create.title')} width={560} onClose={onClose}>
      <CreatePlanForm />
    </FormDrawer>
  );
}
