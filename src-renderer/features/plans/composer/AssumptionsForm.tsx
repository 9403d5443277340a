import { Card, Form, InputNumber, Typography } from 'antd';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ForecastAssumptions, type Plan } from '../../../../src-shared/contract/plans';
import { MoneyInput } from '../../../components/MoneyInput';
import { useMoneyField } from '../../../lib/money-field';
import { useShowError } from '../../../lib/use-show-error';
import { useZodForm } from '../../../lib/use-zod-form';
import { composerStore } from './store';

type CountField = 'monthlyNetGrowth' | 'perActivityNewFollowers' | 'retentionPct';
const COUNT_FIELDS: ReadonlyArray<{ field: CountField; min: number; max?: number; precision: number }> = [
  { field: 'monthlyNetGrowth', min: -10_000_000, precision: 0 },
  { field: 'perActivityNewFollowers', min: 0, precision: 0 },
  { field: 'retentionPct', min: 0, max: 100, precision: 1 },
];

/** 预测假设: the four numbers of the follower forecast; empty = taken from the history. Saved when the form is left. */
export function AssumptionsForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const form = useZodForm(ForecastAssumptions, plan.assumptions);
  const { values, set, status } = form;
  const money = useMoneyField(status, 'valuePerFollowerFen');

  // Focus moving between the four fields is not leaving; only a readable change is saved.
  const left = async (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    const parsed = ForecastAssumptions.safeParse(values);
    if (!parsed.success || JSON.stringify(parsed.data) === JSON.stringify(plan.assumptions)) return;
    const result = await composerStore().getState().update({ assumptions: parsed.data });
    if (!result.ok) showError(result.error);
  };

  return (
    <Card size="small" title={t('plans.composer.assumptions')} data-testid="plan-assumptions">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('plans.composer.assumptionsHint')}
      </Typography.Paragraph>
      <div onBlur={(event) => void left(event)}>
        <Form layout="vertical" className="plan-assumptions">
          {COUNT_FIELDS.map(({ field, min, max, precision }) => (
            <Form.Item key={field} label={t(`plans.composer.${field}`)} htmlFor={`plan-${field}`} {...status(field)}>
              <InputNumber
                id={`plan-${field}`}
                data-testid={`plan-assumption-${field}`}
                style={{ width: '100%' }}
                min={min}
                max={max}
                precision={precision}
                placeholder={t('plans.composer.fromHistory')}
                value={values[field]}
                onChange={(n) => set(field, n ?? null)}
              />
            </Form.Item>
          ))}
          <Form.Item label={t('plans.composer.valuePerFollower')} htmlFor="plan-valuePerFollowerFen" {...money.status}>
            <MoneyInput
              id="plan-valuePerFollowerFen"
              data-testid="plan-assumption-valuePerFollower"
              optional
              placeholder={t('plans.composer.fromHistory')}
              value={values.valuePerFollowerFen}
              onChange={(fen) => set('valuePerFollowerFen', fen)}
              onIssue={money.onIssue}
            />
          </Form.Item>
        </Form>
      </div>
    </Card>
  );
}
