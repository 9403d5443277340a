import { DatePicker, Radio, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { daysInclusive } from '../../../src-shared/domain/dates';
import type { PlanPeriod, PlanPeriodKind } from '../../../src-shared/domain/plans/plan-sections';
import { periodLabel } from './labels';
import { halfPeriod, periodParts, quarterPeriod, QUICK_CHOICES, quickChoiceOf, quickPeriod, type QuickChoice } from './period-choices';

interface Props {
  value: PlanPeriod;
  onChange(period: PlanPeriod): void;
  /** 'YYYY-MM-DD': what 本季度 and 下季度 count from. */
  today: string;
}

/** A plan's period: quick choices (下季度, 本季度, the next half year), a quarter or half of a year, or a custom range. */
export function PeriodPicker({ value, onChange, today }: Props) {
  const { t } = useTranslation();
  const { year, quarter, half } = periodParts(value);
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: t('plans.periodPicker.yearValue', { year: y }) }));
  const quickLabel = (choice: QuickChoice) => {
    if (choice !== 'nextHalf') return t(`plans.periodPicker.quick.${choice}`);
    return t(Number(today.slice(5, 7)) <= 6 ? 'plans.periodPicker.quick.nextHalfH2' : 'plans.periodPicker.quick.nextHalfH1');
  };
  const switchKind = (kind: PlanPeriodKind) => {
    if (kind === 'quarter') onChange(quarterPeriod(year, quarter));
    else if (kind === 'half') onChange(halfPeriod(year, half));
    else onChange({ ...value, kind: 'custom' });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="plan-period-picker">
      <Radio.Group
        optionType="button"
        value={quickChoiceOf(value, today) ?? null}
        onChange={(e) => onChange(quickPeriod(e.target.value as QuickChoice, today))}
        options={QUICK_CHOICES.map((choice) => ({ value: choice, label: <span data-testid={`plan-period-${choice}`}>{quickLabel(choice)}</span> }))}
      />
      <Space wrap>
        <Segmented<PlanPeriodKind>
          data-testid="plan-period-kind"
          value={value.kind}
          onChange={switchKind}
          options={(['quarter', 'half', 'custom'] as const).map((kind) => ({ value: kind, label: t(`plans.periodPicker.kind.${kind}`) }))}
        />
        {value.kind !== 'custom' && (
          <Select
            aria-label={t('plans.periodPicker.year')}
            data-testid="plan-period-year"
            value={year}
            options={years}
            style={{ width: 100 }}
            onChange={(y) => onChange(value.kind === 'quarter' ? quarterPeriod(y, quarter) : halfPeriod(y, half))}
          />
        )}
        {value.kind === 'quarter' && (
          <Select
            data-testid="plan-period-quarter"
            value={quarter}
            style={{ width: 110 }}
            onChange={(n) => onChange(quarterPeriod(year, n))}
            options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('plans.periodPicker.quarterValue', { n }) }))}
          />
        )}
        {value.kind === 'half' && (
          <Select
            data-testid="plan-period-half"
            value={half}
            style={{ width: 110 }}
            onChange={(h) => onChange(halfPeriod(year, h))}
            options={([1, 2] as const).map((h) => ({ value: h, label: t(`plans.periodPicker.half.h${h}`) }))}
          />
        )}
        {value.kind === 'custom' && (
          <DatePicker.RangePicker
            aria-label={t('plans.periodPicker.range')}
            data-testid="plan-period-range"
            allowClear={false}
            value={[dayjs(value.start), dayjs(value.end)]}
            onChange={(range) => range?.[0] && range[1] && onChange({ kind: 'custom', start: range[0].format('YYYY-MM-DD'), end: range[1].format('YYYY-MM-DD') })}
          />
        )}
      </Space>
      <Typography.Text type="secondary" data-testid="plan-period-label">
        {periodLabel(t, value)} · {t('plans.periodPicker.days', { count: daysInclusive(value.start, value.end) })}
      </Typography.Text>
    </Space>
  );
}
