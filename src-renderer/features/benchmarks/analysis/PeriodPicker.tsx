import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Segmented, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period, PeriodKind } from '../../../../src-shared/contract/benchmarks';
import { shiftPeriod } from '../../../../src-shared/domain/benchmarks/periods';
import { lastFullPeriod, periodFromKey, periodKey, periodLabel, recentPeriods } from './periods';

interface Props {
  value: Period;
  onChange: (period: Period) => void;
  /** Weeks only (the weekly report). */
  weeksOnly?: boolean;
  testId?: string;
}

/** 周 / 月, then the period: weeks labelled as gsdata's 周日至周六; ← and → step one period. */
export function PeriodPicker({ value, onChange, weeksOnly, testId = 'bench-period' }: Props) {
  const { t } = useTranslation();
  const options = useMemo(() => recentPeriods(value.kind).map((p) => ({ value: periodKey(p), label: periodLabel(t, p) })), [value.kind, t]);
  const latest = lastFullPeriod(value.kind);
  const setKind = (kind: PeriodKind) => onChange(lastFullPeriod(kind));
  return (
    <Space wrap data-testid={testId}>
      {!weeksOnly && (
        <Segmented<PeriodKind>
          data-testid={`${testId}-kind`}
          value={value.kind}
          onChange={setKind}
          options={[
            { value: 'week', label: t('benchAnalysis.period.week') },
            { value: 'month', label: t('benchAnalysis.period.month') },
          ]}
        />
      )}
      <Button icon={<LeftOutlined />} aria-label={t('benchAnalysis.period.previous')} title={t('benchAnalysis.period.previous')} onClick={() => onChange(shiftPeriod(value, -1))} />
      <Select
        data-testid={`${testId}-select`}
        aria-label={t('benchAnalysis.period.pick')}
        value={periodKey(value)}
        options={options.some((o) => o.value === periodKey(value)) ? options : [{ value: periodKey(value), label: periodLabel(t, value) }, ...options]}
        onChange={(key) => onChange(periodFromKey(key))}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        style={{ minWidth: value.kind === 'week' ? 320 : 140 }}
      />
      <Button icon={<RightOutlined />} aria-label={t('benchAnalysis.period.next')} title={t('benchAnalysis.period.next')} disabled={value.start >= latest.start} onClick={() => onChange(shiftPeriod(value, 1))} />
    </Space>
  );
}
