import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, COST_IMPORTANCES, type CostFilter } from '../../../src-shared/contract/costs';
import { periodAround, shiftPeriod, type Period, type PeriodKind } from './period';
import type { ActivityOption } from './store';

/** The activity filter's special values: every line, or the period items only. */
const ALL = '__all__';
const PERIOD_ONLY = '__period__';

interface CostFiltersProps {
  period: Period;
  onPeriod: (period: Period) => void;
  filter: CostFilter;
  onFilter: (patch: Partial<CostFilter>) => void;
  activities: ActivityOption[];
}

/** The period (month, quarter or custom range) and the category, importance and activity filters. */
export function CostFilters({ period, onPeriod, filter, onFilter, activities }: CostFiltersProps) {
  const { t } = useTranslation();
  const activityValue = filter.activityId === undefined ? ALL : filter.activityId === null ? PERIOD_ONLY : filter.activityId;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Segmented<PeriodKind>
        data-testid="cost-period-kind"
        value={period.kind}
        onChange={(kind) => onPeriod(periodAround(kind, period.from, period))}
        options={(['month', 'quarter', 'range'] as const).map((k) => ({ value: k, label: t(`costs.filter.${k}`) }))}
      />
      {period.kind === 'range' ? (
        <DatePicker.RangePicker
          data-testid="cost-period-range"
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(range) => range?.[0] && range[1] && onPeriod({ kind: 'range', from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
        />
      ) : (
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('costs.filter.previous')} onClick={() => onPeriod(shiftPeriod(period, -1))} />
          <DatePicker
            data-testid="cost-period-picker"
            picker={period.kind}
            allowClear={false}
            value={dayjs(period.from)}
            format={period.kind === 'quarter' ? t('costs.filter.quarterFormat') : t('costs.filter.monthFormat')}
            onChange={(d) => d && onPeriod(periodAround(period.kind, d.format('YYYY-MM-DD')))}
          />
          <Button icon={<RightOutlined />} aria-label={t('costs.filter.next')} onClick={() => onPeriod(shiftPeriod(period, 1))} />
        </Space.Compact>
      )}
      <Select
        data-testid="cost-filter-category"
        style={{ width: 130 }}
        value={filter.category ?? ALL}
        onChange={(v) => onFilter({ category: v === ALL ? undefined : (v as CostFilter['category']) })}
        options={[{ value: ALL, label: t('costs.filter.allCategories') }, ...COST_CATEGORIES.map((c) => ({ value: c, label: t(`costs.category.${c}`) }))]}
      />
      <Select
        data-testid="cost-filter-importance"
        style={{ width: 130 }}
        value={filter.importance ?? ALL}
        onChange={(v) => onFilter({ importance: v === ALL ? undefined : (v as CostFilter['importance']) })}
        options={[{ value: ALL, label: t('costs.filter.allImportances') }, ...COST_IMPORTANCES.map((i) => ({ value: i, label: t(`costs.importance.${i}`) }))]}
      />
      <Select
        data-testid="cost-filter-activity"
        style={{ width: 190 }}
        showSearch={{ optionFilterProp: 'label' }}
        value={activityValue}
        onChange={(v) => onFilter({ activityId: v === ALL ? undefined : v === PERIOD_ONLY ? null : v })}
        options={[
          { value: ALL, label: t('costs.filter.allLines') },
          { value: PERIOD_ONLY, label: t('costs.filter.periodOnly') },
          ...(activities.length ? [{ label: t('costs.filter.activities'), options: activities.map((a) => ({ value: a.id, label: a.name })) }] : []),
        ]}
      />
    </Space>
  );
}
