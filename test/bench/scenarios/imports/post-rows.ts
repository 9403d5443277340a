import { createHash } from 'node:crypto';
import { benchmarkArticleRows } from '../../../fixtures/files/benchmark-workbook';

/** 50,000 `post_metrics` rows as a benchmark import writes them (ids as the schema derives them). */
export function postMetricValues(rows = 50_000): Array<Record<string, unknown>> {
  const accountIds = new Map<string, string>();
  return benchmarkArticleRows(rows).map((r) => {
    let accountId = accountIds.get(r.account);
    if (!accountId) accountIds.set(r.account, (accountId = `0190a0b0-0000-7000-8000-${String(accountIds.size).padStart(12, '0')}`));
    const hash = createHash('sha256')
      .update(`${accountId}|${r.publishedAt.slice(0, 10)}|${r.position}|${r.title}`)
      .digest('hex');
    return {
      id: `post:${hash.slice(0, 40)}`,
      accountId,
      publishedAt: r.publishedAt,
      position: r.position,
      title: r.title,
      url: r.url,
      kind: r.kind,
      reads: r.reads === '10万+' ? 100_001 : r.reads,
      zaikan: r.zaikan,
      likes: r.likes,
      shares: r.shares,
      source: 'import',
      sourceName: '新榜_文章数据.xlsx',
      sourceDate: '2026-12-01',
    };
  });
}
