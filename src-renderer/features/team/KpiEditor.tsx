import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiInput } from '../../../src-shared/contract/team';
import { KPI_METRICS } from '../../../src-shared/contract/team-appraisal';
import type { ItemStatus } from '../../lib/use-zod-form';

interface Props {
  value: KpiInput[];
  onChange: (next: KpiInput[]) => void;
  /** Field status for `kpis.<i>.<field>`. */
  status: (path: string) => ItemStatus;
}

/** Rows of KPI name, target, unit and what it is computed from (月发文 8 篇, 发文篇数). */
export function KpiEditor({ value, onChange, status }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<KpiInput>) => onChange(value.map((k, i) => (i === index ? { ...k, ...patch } : k)));
  return (
    <div data-testid="kpi-editor">
      {value.map((kpi, i) => (
        <Space key={kpi.id ?? `new-${i}`} align="start" style={{ display: 'flex', marginBottom: 4 }} data-testid="kpi-row">
          <Form.Item {...status(`kpis.${i}.name`)} style={{ marginBottom: 8 }}>
            <Input data-testid="kpi-name" placeholder={t('team.kpi.name')} style={{ width: 150 }} value={kpi.name} onChange={(e) => update(i, { name: e.target.value })} />
          </Form.Item>
          <Form.Item {...status(`kpis.${i}.target`)} style={{ marginBottom: 8 }}>
            <InputNumber
              data-testid="kpi-target"
              placeholder={t('team.kpi.target')}
              style={{ width: 110 }}
              value={Number.isFinite(kpi.target) ? kpi.target : null}
              onChange={(v) => update(i, { target: v ?? Number.NaN })}
            />
          </Form.Item>
          <Form.Item {...status(`kpis.${i}.unit`)} style={{ marginBottom: 8 }}>
            <Input data-testid="kpi-unit" placeholder={t('team.kpi.unit')} style={{ width: 80 }} value={kpi.unit} onChange={(e) => update(i, { unit: e.target.value })} />
          </Form.Item>
          <Form.Item {...status(`kpis.${i}.metric`)} style={{ marginBottom: 8 }}>
            <Select
              data-testid="kpi-metric"
              aria-label={t('appraisal.metricLabel')}
              style={{ width: 150 }}
              value={kpi.metric ?? ''}
              onChange={(metric) => update(i, { metric })}
              options={KPI_METRICS.map((metric) => ({ value: metric, label: t(`appraisal.metric.${metric}`) }))}
            />
          </Form.Item>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('team.kpi.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Space>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} data-testid="kpi-add" disabled={value.length >= 20} onClick={() => onChange([...value, { name: '', target: 0, unit: '', metric: '' }])}>
        {t('team.kpi.add')}
      </Button>
    </div>
  );
}
