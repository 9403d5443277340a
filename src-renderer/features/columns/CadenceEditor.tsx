import { Checkbox, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cadence } from '../../../src-shared/domain/columns/cadence';

const KINDS: Cadence['kind'][] = ['daily', 'weekly', 'monthly', 'irregular'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

function withKind(kind: Cadence['kind']): Cadence {
  switch (kind) {
    case 'weekly':
      return { kind, weekdays: [] };
    case 'monthly':
      return { kind, days: [] };
    default:
      return { kind };
  }
}

/** Kind, then weekdays (周一…周日) or days of the month. */
export function CadenceEditor({ value, onChange }: { value: Cadence; onChange: (next: Cadence) => void }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select data-testid="cadence-kind" style={{ width: 200 }} value={value.kind} onChange={(kind) => onChange(withKind(kind))} options={KINDS.map((kind) => ({ value: kind, label: t(`cadence.kind.${kind}`) }))} />
      {value.kind === 'weekly' && (
        <Checkbox.Group
          data-testid="cadence-weekdays"
          value={value.weekdays}
          onChange={(days) => onChange({ kind: 'weekly', weekdays: [...days].sort((a, b) => a - b) })}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`cadence.weekday.${d}`) }))}
        />
      )}
      {value.kind === 'monthly' && (
        <Select
          data-testid="cadence-days"
          mode="multiple"
          style={{ width: '100%' }}
          placeholder={t('cadence.pickDays')}
          value={value.days}
          onChange={(days: number[]) => onChange({ kind: 'monthly', days: [...days].sort((a, b) => a - b) })}
          options={MONTH_DAYS.map((d) => ({ value: d, label: t('cadence.monthDay', { day: d }) }))}
        />
      )}
    </Space>
  );
}
