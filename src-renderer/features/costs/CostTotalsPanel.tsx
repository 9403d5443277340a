import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostTotals } from '../../../src-shared/contract/costs';
import { formatFen } from '../../../src-shared/domain/money/money';
import { ImportanceTag } from './ImportanceTag';

const { Text } = Typography;

function Line({ label, fen, count, testId }: { label: ReactNode; fen: number; count?: number; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, lineHeight: '24px' }}>
      <span>
        {label} {count !== undefined && <Text type="secondary">{t('costs.totals.count', { count })}</Text>}
      </span>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span>
    </div>
  );
}

/** What the selected lines add up to: total, paid against planned, by category, importance and month. */
export function CostTotalsPanel({ totals }: { totals: CostTotals | null }) {
  const { t } = useTranslation();
  if (!totals) return null;
  const planned = totals.totalFen - totals.paidFen;
  const paidShare = totals.totalFen > 0 ? Math.round((totals.paidFen / totals.totalFen) * 100) : 0;
  return (
    <Row gutter={12} style={{ marginBottom: 12 }} data-testid="cost-totals">
      <Col span={6}>
        <Card size="small" style={{ height: '100%' }}>
          <Statistic title={t('costs.totals.total')} value={formatFen(totals.totalFen)} valueStyle={{ fontSize: 22 }} data-testid="cost-total" />
          <Text type="secondary">{t('costs.totals.count', { count: totals.count })}</Text>
          <Progress percent={paidShare} size="small" showInfo={false} style={{ margin: '8px 0 0' }} />
          <Line label={t('costs.totals.paid')} fen={totals.paidFen} testId="cost-paid" />
          <Line label={t('costs.totals.planned')} fen={planned} testId="cost-planned" />
        </Card>
      </Col>
      <Col span={6}>
        <Card size="small" title={t('costs.totals.byImportance')} style={{ height: '100%' }}>
          {totals.byImportance.map((i) => (
            <Line key={i.importance} label={<ImportanceTag importance={i.importance} />} fen={i.totalFen} count={i.count} testId={`cost-total-${i.importance}`} />
          ))}
        </Card>
      </Col>
      <Col span={6}>
        <Card size="small" title={t('costs.totals.byCategory')} style={{ height: '100%' }}>
          {totals.byCategory.map((c) => (
            <Line key={c.category} label={t(`costs.category.${c.category}`)} fen={c.totalFen} count={c.count} testId={`cost-total-${c.category}`} />
          ))}
        </Card>
      </Col>
      <Col span={6}>
        <Card size="small" title={t('costs.totals.byMonth')} style={{ height: '100%' }} styles={{ body: { maxHeight: 150, overflowY: 'auto' } }}>
          {totals.byMonth.map((m) => (
            <Line key={m.month} label={m.month} fen={m.totalFen} count={m.count} testId={`cost-total-${m.month}`} />
          ))}
        </Card>
      </Col>
    </Row>
  );
}
