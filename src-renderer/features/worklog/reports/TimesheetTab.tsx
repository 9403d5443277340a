import { Empty, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timesheet } from '../../../../src-shared/contract/worklog';
import { useDurationText } from '../duration-text';
import { WeekSwitcher } from '../WeekSwitcher';
import { useWorklogReports, worklogReportsStore } from './store';

type Row = Timesheet['rows'][number];

/** 周表: rows are people, columns Monday to Sunday and the total; the last row sums each day. */
export function TimesheetTab({ monday, thisMonday, onWeek }: { monday: string; thisMonday: string; onWeek(day: string): void }) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const sheet = useWorklogReports((s) => s.timesheet);
  const shown = sheet?.weekStart === monday ? sheet : null;
  const cell = (minutes: number) => (minutes ? durationText(minutes) : <Typography.Text type="secondary">–</Typography.Text>);

  useEffect(() => void worklogReportsStore().getState().showWeek(monday), [monday]);

  return (
    <>
      <div className="worklog-toolbar">
        <WeekSwitcher monday={monday} thisMonday={thisMonday} onChange={onWeek} />
      </div>
      <Table<Row>
        data-testid="worklog-timesheet"
        size="small"
        bordered
        rowKey="memberId"
        loading={!shown}
        dataSource={shown?.rows ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('worklog.timesheet.empty')} /> }}
        columns={[
          { key: 'name', title: t('worklog.timesheet.member'), dataIndex: 'name', width: 110, fixed: 'left' },
          ...(shown?.days ?? []).map((day, i) => ({
            key: day,
            title: (
              <span>
                {dayjs(day).format('ddd')}
                <br />
                <Typography.Text type="secondary">{dayjs(day).format('MM-DD')}</Typography.Text>
              </span>
            ),
            align: 'right' as const,
            render: (_: unknown, row: Row) => cell(row.minutes[i]!),
          })),
          { key: 'total', title: t('worklog.timesheet.total'), align: 'right' as const, width: 130, render: (_: unknown, row: Row) => <strong>{durationText(row.total)}</strong> },
        ]}
        summary={() =>
          shown && shown.rows.length > 1 ? (
            <Table.Summary.Row data-testid="worklog-timesheet-totals">
              <Table.Summary.Cell index={0}>
                <strong>{t('worklog.timesheet.dayTotal')}</strong>
              </Table.Summary.Cell>
              {shown.dayTotals.map((minutes, i) => (
                <Table.Summary.Cell key={i} index={i + 1} align="right">
                  {cell(minutes)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={8} align="right">
                <strong>{durationText(shown.total)}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
