import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Ranking, RankRow } from '../../../../src-shared/contract/benchmarks';
import { AccountCell } from './AccountCell';
import { Change, Count, delta, SourceTag } from './figures-format';
import { formatWci, WciTerms } from './WciTerms';

interface Props {
  ranking: Ranking | null;
  loading: boolean;
}

/** Rows by WCI (rank 1 first), accounts without a WCI last by name. */
export function rankOrder(rows: RankRow[]): RankRow[] {
  return [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.account.name.localeCompare(b.account.name, 'zh-CN'));
}

/** The ranking of own and peer accounts for one period; a row expands to its WCI terms. */
export function RankingTable({ ranking, loading }: Props) {
  const { t } = useTranslation();
  const f = (key: string) => t(`benchAnalysis.figures.${key}`);
  const columns: ColumnsType<RankRow> = [
    { key: 'rank', title: t('benchAnalysis.ranking.rank'), width: 56, align: 'center', render: (_, row) => <span data-testid="rank-number">{row.rank ?? '—'}</span> },
    {
      key: 'account',
      title: t('benchAnalysis.ranking.account'),
      render: (_, row) => (
        <span className="bench-rank-account">
          <AccountCell account={row.account} />
          <SourceTag derived={row.figures.derived} />
        </span>
      ),
    },
    { key: 'followers', title: f('followers'), align: 'right', render: (_, row) => <Count value={row.figures.followers} short /> },
    { key: 'articles', title: f('articles'), align: 'right', width: 60, render: (_, row) => <Count value={row.figures.articles} /> },
    {
      key: 'reads',
      title: f('reads'),
      children: [
        { key: 'readsTotal', title: f('total'), align: 'right', render: (_, row) => <Count value={row.figures.reads} short /> },
        { key: 'readsHeadline', title: f('headline'), align: 'right', render: (_, row) => <Count value={row.figures.readsHeadline} short /> },
        { key: 'readsMax', title: f('max'), align: 'right', render: (_, row) => <Count value={row.figures.readsMax} short /> },
      ],
    },
    { key: 'zaikan', title: f('zaikan'), align: 'right', render: (_, row) => <Count value={row.figures.zaikan} short /> },
    { key: 'likes', title: f('likes'), align: 'right', render: (_, row) => <Count value={row.figures.likes} short /> },
    { key: 'shares', title: f('shares'), align: 'right', render: (_, row) => <Count value={row.figures.shares} short /> },
    {
      key: 'wci',
      title: f('wci'),
      align: 'right',
      render: (_, row) =>
        row.wci ? (
          <span className="bench-wci-cell">
            <Typography.Text strong data-testid="rank-wci">
              {formatWci(row.wci.wci)}
            </Typography.Text>
            {row.previousWci === null ? <span className="bench-change bench-change--none">{t('benchAnalysis.ranking.newEntry')}</span> : <Change value={delta(row.wci.wci, row.previousWci)} testId="rank-wci-change" />}
          </span>
        ) : (
          <Tooltip title={t('benchAnalysis.ranking.noWciHint')}>
            <Typography.Text type="secondary">{t('benchAnalysis.ranking.noWci')}</Typography.Text>
          </Tooltip>
        ),
    },
  ];
  return (
    <Table<RankRow>
      data-testid="ranking-table"
      size="small"
      bordered
      rowKey={(row) => row.account.id}
      loading={loading}
      columns={columns}
      dataSource={ranking ? rankOrder(ranking.rows) : []}
      pagination={false}
      locale={{ emptyText: t('benchAnalysis.ranking.empty') }}
      rowClassName={(row) => (row.account.kind === 'own' ? 'bench-row--own' : '')}
      expandable={{
        rowExpandable: (row) => row.wci !== null,
        expandedRowRender: (row) => (row.wci && ranking ? <WciTerms wci={row.wci} days={ranking.days} articles={row.figures.articles} /> : null),
        columnTitle: <Tooltip title={t('benchAnalysis.ranking.expandHint')}>O/A/H/P</Tooltip>,
        columnWidth: 64,
      }}
    />
  );
}
