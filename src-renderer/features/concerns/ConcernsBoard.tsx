import { Button, Card, Empty, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryCount, Concern, ConcernCategory } from '../../../src-shared/contract/concerns';
import { CategoryTag } from './concern-tags';

interface Props {
  top: Concern[];
  counts: CategoryCount[];
  onBump: (concern: Concern) => void;
  onOpen: (concern: Concern) => void;
  /** A click on a category filters the list to it. */
  onCategory: (category: ConcernCategory) => void;
}

const BAR_COLORS: Record<ConcernCategory, string> = { product: '#1677ff', service: '#13c2c2', complaint: '#ff4d4f', price: '#faad14', other: '#8c8c8c' };
/** A bar's length; a count above 0 always shows a sliver. */
const percentOf = (value: number, most: number) => (value > 0 && most > 0 ? Math.max(2, Math.round((value / most) * 100)) : 0);

/** The top concerns as a ranked list with frequency bars, and the counts by category. */
export function ConcernsBoard({ top, counts, onBump, onOpen, onCategory }: Props) {
  const { t } = useTranslation();
  const most = top[0]?.frequency ?? 0;
  const mostInCategory = Math.max(0, ...counts.map((c) => c.frequency));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={t('concerns.top.title')} data-testid="concerns-top">
        {top.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('concerns.top.empty')} />
        ) : (
          <ol style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {top.map((concern, index) => (
              <li key={concern.id} data-testid="concerns-top-row" style={{ display: 'grid', gridTemplateColumns: '20px 1fr auto', alignItems: 'center', columnGap: 8, padding: '4px 0' }}>
                <Typography.Text type="secondary">{index + 1}</Typography.Text>
                <div style={{ minWidth: 0 }}>
                  <Typography.Link ellipsis style={{ maxWidth: '100%' }} onClick={() => onOpen(concern)}>
                    {concern.topic}
                  </Typography.Link>
                  <Progress percent={percentOf(concern.frequency, most)} showInfo={false} size="small" strokeColor={BAR_COLORS[concern.category]} style={{ margin: 0 }} />
                </div>
                <Space size={4}>
                  <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {t('concerns.top.times', { count: concern.frequency })}
                  </Typography.Text>
                  <Button size="small" type="text" title={t('concerns.bumpTitle')} onClick={() => onBump(concern)}>
                    {t('concerns.bump')}
                  </Button>
                </Space>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card size="small" title={t('concerns.counts.title')} data-testid="concerns-counts">
        {counts.map((row) => (
          <div
            key={row.category}
            data-testid={`concerns-count-${row.category}`}
            role="button"
            tabIndex={0}
            onClick={() => onCategory(row.category)}
            onKeyDown={(e) => e.key === 'Enter' && onCategory(row.category)}
            style={{ display: 'grid', gridTemplateColumns: '56px 1fr 120px', alignItems: 'center', columnGap: 8, padding: '3px 0', cursor: 'pointer' }}
          >
            <CategoryTag category={row.category} />
            <Progress percent={percentOf(row.frequency, mostInCategory)} showInfo={false} size="small" strokeColor={BAR_COLORS[row.category]} style={{ margin: 0 }} />
            <Typography.Text type={row.concerns ? undefined : 'secondary'} style={{ fontSize: 12, textAlign: 'right' }}>
              {t('concerns.counts.concerns', { count: row.concerns })} · {t('concerns.counts.messages', { count: row.frequency })}
            </Typography.Text>
          </div>
        ))}
      </Card>
    </Space>
  );
}
