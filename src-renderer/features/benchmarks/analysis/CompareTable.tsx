import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Ranking, RankRow } from '../../../../src-shared/contract/benchmarks';
import { formatCount } from '../../../../src-shared/domain/benchmarks/numbers';
import { AccountCell } from './AccountCell';
import { SourceTag } from './figures-format';
import { formatWci } from './WciTerms';

type FigureKey = 'followers' | 'articles' | 'reads' | 'readsHeadline' | 'readsMax' | 'zaikan' | 'likes' | 'shares';
type TermKey = 'wci' | 'overall' | 'perArticle' | 'headline' | 'peak';

interface Line {
  key: string;
  label: string;
  value: (row: RankRow) => number | null;
  text: (value: number) => string;
}

/** The rows of the comparison, each with the value it compares. */
function lines(t: (key: string) => string, locale: string): Line[] {
  const count = (key: FigureKey, label: string): Line => ({ key, label, value: (row) => row.figures[key], text: (v) => formatCount(v, { locale }) });
  const term = (key: TermKey, label: string, digits: number): Line => ({ key, label, value: (row) => row.wci?.[key] ?? null, text: (v) => (digits === 2 ? formatWci(v) : v.toFixed(digits)) });
  return [
    term('wci', t('benchAnalysis.figures.wci'), 2),
    term('overall', t('benchAnalysis.wci.overall'), 3),
    term('perArticle', t('benchAnalysis.wci.perArticle'), 3),
    term('headline', t('benchAnalysis.wci.headline'), 3),
    term('peak', t('benchAnalysis.wci.peak'), 3),
    count('followers', t('benchAnalysis.figures.followers')),
    count('articles', t('benchAnalysis.figures.articles')),
    count('reads', t('benchAnalysis.figures.readsTotal')),
    count('readsHeadline', t('benchAnalysis.figures.readsHeadline')),
    count('readsMax', t('benchAnalysis.figures.readsMax')),
    count('zaikan', t('benchAnalysis.figures.zaikan')),
    count('likes', t('benchAnalysis.figures.likes')),
    count('shares', t('benchAnalysis.figures.shares')),
  ];
}

/** The best value of a line among the accounts (none when fewer than two know it, or all are equal). */
export function bestOf(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2 || known.every((v) => v === known[0])) return null;
  return Math.max(...known);
}

interface Props {
  compare: Ranking | null;
  /** The accounts in the order picked. */
  order: string[];
  loading: boolean;
}

/** 2–5 accounts side by side: a column each, a row per figure and WCI term, the best of each row highlighted. */
export function CompareTable({ compare, order, loading }: Props) {
  const { t, i18n } = useTranslation();
  const rows = compare ? order.map((id) => compare.rows.find((r) => r.account.id === id)).filter((r): r is RankRow => !!r) : [];
  const data = lines(t, i18n.language);
  const columns: ColumnsType<Line> = [
    { key: 'label', title: t('benchAnalysis.compare.figure'), width: 200, render: (_, line) => line.label },
    ...rows.map((row) => ({
      key: row.account.id,
      title: (
        <span className="bench-compare__head">
          <AccountCell account={row.account} />
          <SourceTag derived={row.figures.derived} />
        </span>
      ),
      align: 'right' as const,
      onCell: (line: Line) => {
        const best = bestOf(rows.map(line.value));
        const value = line.value(row);
        return best !== null && value === best ? { className: 'bench-best', 'data-best': 'true' } : {};
      },
      render: (_: unknown, line: Line) => {
        const value = line.value(row);
        const best = bestOf(rows.map(line.value));
        const text = value === null ? '—' : line.text(value);
        return best !== null && value === best ? (
          <Tooltip title={t('benchAnalysis.compare.best')}>
            <span className="bench-num">{text}</span>
          </Tooltip>
        ) : (
          <span className="bench-num">{text}</span>
        );
      },
    })),
  ];
  return (
    <Table<Line>
      data-testid="compare-table"
      size="small"
      bordered
      tableLayout="fixed"
      rowKey="key"
      loading={loading}
      columns={columns}
      dataSource={rows.length ? data : []}
      pagination={false}
      rowClassName={(line) => (line.key === 'wci' ? 'bench-compare__wci' : '')}
      onRow={(line) => ({ 'data-line': line.key }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
