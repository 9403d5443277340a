import { Empty, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypeGroup } from '../../../../src-shared/contract/benchmarks';
import { formatCount } from '../../../../src-shared/domain/benchmarks/numbers';
import { EChart, type ChartOption } from '../../../components/EChart';
import { PostTitle } from './TopPostsTable';

const EXAMPLES = 3;

/** 什么内容读得好: average reads per type as bars, then each type's count, average, median and example titles. */
export function ReadsByType({ groups, loading }: { groups: TypeGroup[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const name = (g: TypeGroup) => g.type || t('benchAnalysis.top.untyped');
  const option = useMemo<ChartOption>(() => {
    const shown = [...groups].reverse();
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatCount(Math.round(v), { locale: i18n.language }) : '—') },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCount(v, { short: true, locale: i18n.language }) } },
      yAxis: { type: 'category', data: shown.map(name) },
      series: [
        {
          type: 'bar',
          name: t('benchAnalysis.top.averageAxis'),
          data: shown.map((g) => Math.round(g.averageReads)),
          barMaxWidth: 18,
          label: { show: true, position: 'right', formatter: ({ value }) => formatCount(Number(value), { short: true, locale: i18n.language }) },
        },
      ],
    } as ChartOption;
    // `name` reads only t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groups, t, i18n.language]);
  if (!loading && groups.length === 0) return <Empty description={t('benchAnalysis.top.empty')} />;
  return (
    <div className="bench-types" data-testid="reads-by-type">
      {groups.length > 0 && <EChart option={option} height={Math.max(160, groups.length * 32 + 24)} testId="reads-by-type-chart" />}
      <List
        size="small"
        loading={loading}
        dataSource={groups}
        renderItem={(g) => (
          <List.Item data-testid="type-group">
            <div className="bench-types__item">
              <div className="bench-types__head">
                <Typography.Text strong>{name(g)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('benchAnalysis.top.posts', { count: g.posts })} · {t('benchAnalysis.top.average')} {formatCount(Math.round(g.averageReads), { locale: i18n.language })} · {t('benchAnalysis.top.median')}{' '}
                  {formatCount(Math.round(g.medianReads), { locale: i18n.language })}
                </Typography.Text>
              </div>
              <ul className="bench-types__examples">
                {g.examples.slice(0, EXAMPLES).map((post) => (
                  <li key={post.id}>
                    <PostTitle post={post} />
                    <Typography.Text type="secondary">
                      {' '}
                      {post.account.name} · {formatCount(post.reads, { locale: i18n.language })}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}
