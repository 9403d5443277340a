import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../src-shared/domain/benchmarks/numbers';
import { formatWci } from './WciTerms';

// Small pieces the analysis tables share: counts as operators read them, a change with its arrow,
// and where a period's figures came from.

/** A count: 10万+ for the sentinel; 12.3万 for large ones when `short`. */
export function Count({ value, short = false }: { value: number | null | undefined; short?: boolean }) {
  const { i18n } = useTranslation();
  return <span className="bench-num">{formatCount(value, { short, locale: i18n.language })}</span>;
}

/** A change against the previous period: ↑ 12.30 / ↓ 3.10 / —. */
export function Change({ value, kind = 'wci', testId }: { value: number | null; kind?: 'wci' | 'count'; testId?: string }) {
  const { i18n } = useTranslation();
  if (value === null) return <span className="bench-change bench-change--none">—</span>;
  const text = kind === 'wci' ? formatWci(Math.abs(value)) : formatCount(Math.abs(value), { short: true, locale: i18n.language });
  if (value === 0) return <span className="bench-change bench-change--flat">± 0</span>;
  const up = value > 0;
  return (
    <span className={`bench-change bench-change--${up ? 'up' : 'down'}`} data-testid={testId}>
      {up ? '↑' : '↓'} {text}
    </span>
  );
}

/** Whether a period's figures were summed from its articles or entered per period. */
export function SourceTag({ derived }: { derived: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(derived ? 'benchAnalysis.source.derivedHint' : 'benchAnalysis.source.enteredHint')}>
      <Tag className="bench-source" data-testid="bench-source" data-derived={derived} bordered={false} color={derived ? 'green' : 'default'}>
        {t(derived ? 'benchAnalysis.source.derived' : 'benchAnalysis.source.entered')}
      </Tag>
    </Tooltip>
  );
}

/** A difference of two optional numbers. */
export const delta = (now: number | null | undefined, before: number | null | undefined) => (now === null || now === undefined || before === null || before === undefined ? null : now - before);
