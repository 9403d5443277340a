import { List, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Diagnosis, PostWithAccount, RankRow } from '../../../../src-shared/contract/benchmarks';
import { AccountCell } from './AccountCell';
import { deltaFollowers, deltaWci, observationText } from './diagnosis-text';
import { Change, Count } from './figures-format';
import { PostTitle } from './TopPostsTable';
import { formatWci } from './WciTerms';

/** One week's diagnosis: observations, what moved, the best and the worst articles. */
export function DiagnosisView({ diagnosis, loading }: { diagnosis: Diagnosis | null; loading: boolean }) {
  const { t } = useTranslation();
  const moves: ColumnsType<RankRow> = [
    { key: 'account', title: t('benchAnalysis.ranking.account'), render: (_, row) => <AccountCell account={row.account} /> },
    { key: 'wci', title: t('benchAnalysis.figures.wci'), align: 'right', render: (_, row) => (row.wci ? formatWci(row.wci.wci) : '—') },
    { key: 'deltaWci', title: t('benchAnalysis.diagnosis.deltaWci'), align: 'right', render: (_, row) => <Change value={deltaWci(row)} /> },
    { key: 'followers', title: t('benchAnalysis.figures.followers'), align: 'right', render: (_, row) => <Count value={row.figures.followers} short /> },
    { key: 'deltaFollowers', title: t('benchAnalysis.diagnosis.deltaFollowers'), align: 'right', render: (_, row) => <Change value={deltaFollowers(row)} kind="count" /> },
  ];
  const posts = (list: PostWithAccount[], testId: string) => (
    <List
      size="small"
      data-testid={testId}
      loading={loading}
      dataSource={list}
      locale={{ emptyText: t('benchAnalysis.diagnosis.noPosts') }}
      renderItem={(post, i) => (
        <List.Item>
          <span className="bench-diagnosis__post">
            <span className="bench-diagnosis__index">{i + 1}</span>
            <PostTitle post={post} />
          </span>
          <Typography.Text type="secondary" className="bench-diagnosis__meta">
            {post.account.name} · {post.publishedAt.slice(5, 10)} · <Count value={post.reads} />
          </Typography.Text>
        </List.Item>
      )}
    />
  );
  return (
    <div className="bench-diagnosis">
      <section className="bench-card bench-diagnosis__observations">
        <Typography.Title level={5}>{t('benchAnalysis.diagnosis.observations')}</Typography.Title>
        {diagnosis && diagnosis.observations.length === 0 ? (
          <Typography.Text type="secondary">{t('benchAnalysis.diagnosis.noObservations')}</Typography.Text>
        ) : (
          <ul data-testid="diagnosis-observations">
            {diagnosis?.observations.map((o, i) => (
              <li key={i}>{observationText(t, o)}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="bench-card">
        <Typography.Title level={5}>{t('benchAnalysis.diagnosis.moves')}</Typography.Title>
        <Table<RankRow>
          data-testid="diagnosis-moves"
          size="small"
          rowKey={(row) => row.account.id}
          loading={loading}
          columns={moves}
          dataSource={diagnosis?.moves ?? []}
          pagination={false}
          locale={{ emptyText: t('benchAnalysis.diagnosis.empty') }}
          rowClassName={(row) => (row.account.kind === 'own' ? 'bench-row--own' : '')}
        />
      </section>
      <div className="bench-diagnosis__posts">
        <section className="bench-card">
          <Typography.Title level={5}>{t('benchAnalysis.diagnosis.best')}</Typography.Title>
          {posts(diagnosis?.best ?? [], 'diagnosis-best')}
        </section>
        <section className="bench-card">
          <Typography.Title level={5}>{t('benchAnalysis.diagnosis.worst')}</Typography.Title>
          {posts(diagnosis?.worst ?? [], 'diagnosis-worst')}
        </section>
      </div>
    </div>
  );
}
