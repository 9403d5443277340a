import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Wci } from '../../../../src-shared/contract/benchmarks';
import { WCI_WEIGHTS } from '../../../../src-shared/domain/benchmarks/wci';

const w = WCI_WEIGHTS;
const TERMS = [
  { key: 'overall', letter: 'O', weight: w.overall },
  { key: 'perArticle', letter: 'A', weight: w.perArticle },
  { key: 'headline', letter: 'H', weight: w.headline },
  { key: 'peak', letter: 'P', weight: w.peak },
] as const;

/** The index's formula with the weights of `wci.ts` (written out from the data, never typed twice). */
export const WCI_FORMULA = `WCI = (${w.overall}·O + ${w.perArticle}·A + ${w.headline}·H + ${w.peak}·P)² × ${w.finalScale}`;
export const SCORE_FORMULA = `S = ${w.reads}·ln(r+1) + ${w.zaikan}·ln(${w.interactionScale}z+1) + ${w.likes}·ln(${w.interactionScale}l+1) + ${w.shares}·ln(${w.interactionScale}e+1)`;

export const formatWci = (value: number) => value.toFixed(2);

interface Props {
  wci: Wci;
  days: number;
  articles: number | null;
}

/** 清博 WCI V14.2 for one account and period: its four terms, their weights and the formula with this period's d and n. */
export function WciTerms({ wci, days, articles }: Props) {
  const { t } = useTranslation();
  return (
    <div className="bench-wci" data-testid="wci-terms">
      <Typography.Text strong>{t('benchAnalysis.wci.title')}</Typography.Text>
      <table className="bench-wci__table">
        <thead>
          <tr>
            <th>{t('benchAnalysis.wci.term')}</th>
            <th>{t('benchAnalysis.wci.value')}</th>
            <th>{t('benchAnalysis.wci.weight')}</th>
            <th>{t('benchAnalysis.wci.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {TERMS.map((term) => (
            <tr key={term.key} data-testid={`wci-term-${term.letter}`}>
              <td>{t(`benchAnalysis.wci.${term.key}`)}</td>
              <td className="bench-num">{wci[term.key].toFixed(3)}</td>
              <td className="bench-num">{term.weight}</td>
              <td className="bench-num">{(wci[term.key] * term.weight).toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="bench-wci__formula">
        <code>{WCI_FORMULA}</code>
        <code>{SCORE_FORMULA}</code>
        <span>{t('benchAnalysis.wci.score')}</span>
        <span data-testid="wci-dn">{t('benchAnalysis.wci.dn', { days, articles: articles ?? 0 })}</span>
      </div>
    </div>
  );
}
