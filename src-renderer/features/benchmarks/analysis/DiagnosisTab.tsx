import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarksRoute } from '../route';
import { diagnosisText } from './diagnosis-text';
import { DiagnosisView } from './DiagnosisView';
import { LoadError } from './LoadError';
import { PeriodPicker } from './PeriodPicker';
import { periodOfQuery, setTabQuery } from './query';
import { analysisStore, useAnalysis } from './store';
import './analysis.css';

/** Puts plain text on the clipboard; where the async clipboard refuses, a hidden selection does it. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;left:-10000px;top:0;opacity:0;';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** 周报: the week just ended (or a picked one): what moved, best and worst articles, observations, 复制为文字. */
export function DiagnosisTab({ route }: { route: BenchmarksRoute }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const diagnosis = useAnalysis((s) => s.diagnosis);
  const week = periodOfQuery(route.query, ['week']);

  useEffect(() => void analysisStore().getState().loadDiagnosis(week.start), [week.start]);

  async function copy() {
    if (!diagnosis.data) return;
    if (await copyText(diagnosisText(t, diagnosis.data, i18n.language))) void message.success(t('benchAnalysis.diagnosis.copied'));
    else void message.error(t('benchAnalysis.diagnosis.copyFailed'));
  }

  const shown = diagnosis.data && diagnosis.data.period.start === week.start ? diagnosis.data : null;
  return (
    <div className="bench-analysis" data-testid="bench-diagnosis">
      <div className="bench-analysis__bar">
        <PeriodPicker value={week} onChange={(p) => setTabQuery('weekly', route, { start: p.start })} weeksOnly testId="diagnosis-week" />
        <Button type="primary" icon={<CopyOutlined />} disabled={!shown} onClick={() => void copy()} data-testid="diagnosis-copy" style={{ marginLeft: 'auto' }}>
          {t('benchAnalysis.diagnosis.copy')}
        </Button>
      </div>
      <LoadError error={diagnosis.error} />
      <DiagnosisView diagnosis={shown} loading={diagnosis.loading || !diagnosis.loaded} />
    </div>
  );
}
