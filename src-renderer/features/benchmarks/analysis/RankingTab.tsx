import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarksRoute } from '../route';
import { downloadFile } from '../../../lib/file-transfer';
import { useShowError } from '../../../lib/use-show-error';
import { LoadError } from './LoadError';
import { PeriodPicker } from './PeriodPicker';
import { periodOfQuery, periodQuery, setTabQuery } from './query';
import { RankingTable } from './RankingTable';
import { analysisStore, useAnalysis } from './store';
import './analysis.css';

/** 排名: own and peer accounts of one period by 清博 WCI, with the terms, and 导出. */
export function RankingTab({ route }: { route: BenchmarksRoute }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const period = periodOfQuery(route.query);
  const ranking = useAnalysis((s) => s.ranking);
  const [exporting, setExporting] = useState(false);

  useEffect(() => void analysisStore().getState().loadRanking({ kind: period.kind, start: period.start }), [period.kind, period.start]);

  async function exportAs(format: 'xlsx' | 'csv') {
    setExporting(true);
    const result = await analysisStore().getState().exportRanking(period, format);
    setExporting(false);
    if (!result.ok) return showError(result.error);
    downloadFile(result.data);
    void message.success(t('benchAnalysis.ranking.exported', { name: result.data.fileName }));
  }

  const shown = ranking.data && ranking.data.period.start === period.start && ranking.data.period.kind === period.kind ? ranking.data : null;
  return (
    <div className="bench-analysis" data-testid="bench-ranking">
      <div className="bench-analysis__bar">
        <PeriodPicker value={period} onChange={(p) => setTabQuery('ranking', route, periodQuery(p))} />
        <Space style={{ marginLeft: 'auto' }}>
          <Typography.Text type="secondary">{t('benchAnalysis.ranking.estimated')}</Typography.Text>
          <Dropdown
            menu={{
              items: [
                { key: 'xlsx', label: t('benchAnalysis.ranking.exportXlsx') },
                { key: 'csv', label: t('benchAnalysis.ranking.exportCsv') },
              ],
              onClick: ({ key }) => void exportAs(key as 'xlsx' | 'csv'),
            }}
          >
            <Button icon={<DownloadOutlined />} loading={exporting} data-testid="ranking-export">
              {t('benchAnalysis.ranking.export')}
            </Button>
          </Dropdown>
        </Space>
      </div>
      <LoadError error={ranking.error} />
      <RankingTable ranking={shown} loading={ranking.loading || !ranking.loaded} />
    </div>
  );
}
