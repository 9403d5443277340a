import { Progress, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppraisalKpi } from '../../../src-shared/contract/team-appraisal';
import './appraisal.css';

const number = (value: number) => value.toLocaleString('zh-CN', { maximumFractionDigits: 1 });

/**
 * One KPI of a month: a bar of actual against target with a mark where the month's pace puts it,
 * red when behind. A hand-entered KPI shows its target only.
 */
export function KpiBar({ kpi, pace, compact = false }: { kpi: AppraisalKpi; pace: number; compact?: boolean }) {
  const { t } = useTranslation();
  if (kpi.actual === null) {
    return (
      <span className="kpi-bar kpi-bar--hand" data-testid="kpi-bar" data-kpi={kpi.name}>
        {t('appraisal.handEntered', { target: number(kpi.target), unit: kpi.unit })}
      </span>
    );
  }
  const percent = Math.round((kpi.progress ?? 0) * 100);
  return (
    <Tooltip title={kpi.behind ? t('appraisal.behind') : undefined}>
      <span className={`kpi-bar${kpi.behind ? ' kpi-bar--behind' : ''}${compact ? ' kpi-bar--compact' : ''}`} data-testid="kpi-bar" data-kpi={kpi.name} data-behind={kpi.behind}>
        <span className="kpi-bar__track">
          <Progress percent={Math.min(percent, 100)} showInfo={false} size="small" status={kpi.behind ? 'exception' : percent >= 100 ? 'success' : 'normal'} />
          {pace > 0 && pace < 1 && <span className="kpi-bar__pace" style={{ left: `${pace * 100}%` }} />}
        </span>
        <span className="kpi-bar__figures">
          {t('appraisal.actualOfTarget', { actual: number(kpi.actual), target: number(kpi.target), unit: kpi.unit })}
          <span className="kpi-bar__percent">{percent}%</span>
        </span>
      </span>
    </Tooltip>
  );
}
