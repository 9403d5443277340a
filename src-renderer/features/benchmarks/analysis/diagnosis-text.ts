import type { TFunction } from 'i18next';
import type { Diagnosis, Observation, PostWithAccount, RankRow } from '../../../../src-shared/contract/benchmarks';
import { formatCount } from '../../../../src-shared/domain/benchmarks/numbers';
import { periodLabel } from './periods';

// The weekly report as plain text (复制为文字): headed sections an operator pastes into a weekly
// report as they are. Pure, so a unit test reads exactly what the clipboard gets.

/** An observation in the operator's language (its key is one of `benchmarks.diagnosis.*`). */
export const observationText = (t: TFunction, observation: Observation) => t(observation.key, observation.params);

const signed = (value: number | null, text: (v: number) => string) => (value === null ? '—' : value > 0 ? `↑${text(value)}` : value < 0 ? `↓${text(-value)}` : '±0');

export function deltaWci(row: RankRow): number | null {
  return row.wci && row.previousWci !== null ? row.wci.wci - row.previousWci : null;
}

export function deltaFollowers(row: RankRow): number | null {
  return row.figures.followers !== null && row.previousFollowers !== null ? row.figures.followers - row.previousFollowers : null;
}

export function diagnosisText(t: TFunction, diagnosis: Diagnosis, locale: string): string {
  const count = (v: number | null) => formatCount(v, { short: true, locale });
  const lines: string[] = [t('benchAnalysis.diagnosis.text.heading', { period: periodLabel(t, diagnosis.period) }), ''];
  const none = t('benchAnalysis.diagnosis.text.none');

  lines.push(t('benchAnalysis.diagnosis.text.moves'));
  if (diagnosis.moves.length === 0) lines.push(none);
  for (const row of diagnosis.moves) {
    lines.push(
      t('benchAnalysis.diagnosis.text.move', {
        name: row.account.name,
        own: row.account.kind === 'own' ? t('benchAnalysis.diagnosis.text.ownMark') : '',
        wci: row.wci ? row.wci.wci.toFixed(2) : '—',
        deltaWci: signed(deltaWci(row), (v) => v.toFixed(2)),
        followers: count(row.figures.followers),
        deltaFollowers: signed(deltaFollowers(row), (v) => formatCount(v, { short: true, locale })),
      }),
    );
  }
  const posts = (heading: string, list: PostWithAccount[]) => {
    lines.push('', t(heading));
    if (list.length === 0) lines.push(none);
    list.forEach((post, i) =>
      lines.push(t('benchAnalysis.diagnosis.text.post', { index: i + 1, title: post.title, account: post.account.name, date: post.publishedAt.slice(0, 10), reads: formatCount(post.reads, { locale }) })),
    );
  };
  posts('benchAnalysis.diagnosis.text.best', diagnosis.best);
  posts('benchAnalysis.diagnosis.text.worst', diagnosis.worst);
  lines.push('', t('benchAnalysis.diagnosis.text.observations'));
  if (diagnosis.observations.length === 0) lines.push(none);
  for (const observation of diagnosis.observations) lines.push(t('benchAnalysis.diagnosis.text.observation', { text: observationText(t, observation) }));
  return lines.join('\n');
}
