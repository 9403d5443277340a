import { DeleteOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidaySource } from '../../../src-shared/contract/calendar-layers';
import { errorText } from '../../lib/field-errors';
import { useShowError } from '../../lib/use-show-error';
import { NoticeModal } from './NoticeModal';
import { holidaysStore, useHolidays, type YearSource } from './store';

const SOURCE_COLORS: Record<HolidaySource, string> = { entered: 'green', imported: 'green', builtin: 'blue', estimated: 'gold' };

/** 节假日安排: where each planned year's 休/班 come from, 「粘贴国务院通知」 and 「删除录入」 per year. */
export function HolidaysCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const years = useHolidays((s) => s.years);
  const loading = useHolidays((s) => s.loading);
  const busy = useHolidays((s) => s.busy);
  const error = useHolidays((s) => s.error);
  const [pasting, setPasting] = useState<number | null>(null);

  useEffect(() => {
    void holidaysStore().getState().load();
  }, []);

  async function remove(year: number) {
    const result = await holidaysStore().getState().removeYear(year);
    if (result.ok) void message.success(t('holidays.removed', { year }));
    else showError(result.error);
  }

  const columns: TableColumnsType<YearSource> = [
    { title: t('holidays.columns.year'), dataIndex: 'year', width: 100 },
    {
      title: t('holidays.columns.source'),
      dataIndex: 'source',
      render: (source: HolidaySource) => (
        <Tag color={SOURCE_COLORS[source]} data-testid="holiday-source">
          {t(`holidays.source.${source}`)}
        </Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 300,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<SnippetsOutlined />} data-testid="holiday-paste" onClick={() => setPasting(row.year)}>
            {t('holidays.paste')}
          </Button>
          {(row.source === 'entered' || row.source === 'imported') && (
            <Popconfirm
              title={t('holidays.removeConfirm', { year: row.year })}
              description={t('holidays.removeConfirmHint')}
              onConfirm={() => void remove(row.year)}
              okText={t('holidays.remove')}
              cancelText={t('common.cancel')}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />} loading={busy === row.year} data-testid="holiday-remove">
                {t('holidays.remove')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('holidays.title')}>
      <Typography.Paragraph type="secondary">{t('holidays.hint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
      <Table<YearSource> data-testid="holidays-table" rowKey="year" size="small" loading={loading && years.length === 0} columns={columns} dataSource={years} pagination={false} />
      {pasting !== null && <NoticeModal year={pasting} onClose={() => setPasting(null)} />}
    </Card>
  );
}
