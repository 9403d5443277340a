import { Alert, App, Input, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseHolidayNotice } from '../../../src-shared/domain/calendar/holiday-notice';
import { scheduleIssues, type HolidayRange } from '../../../src-shared/domain/calendar/holiday-schedule';
import { toFieldErrors, translateIssue, type FailedCall, type FieldIssue } from '../../lib/field-errors';
import { useShowError } from '../../lib/use-show-error';
import { holidaysStore, useHolidays } from './store';

interface PreviewRow extends HolidayRange {
  index: number;
  issue?: FieldIssue;
}

/** The first issue of each entry, by its index: the shared checks as the operator pastes, the server's after 保存. */
function issuesByEntry(issues: readonly { path: ReadonlyArray<PropertyKey>; message: string; params?: Record<string, unknown> }[]): Map<number, FieldIssue> {
  const byEntry = new Map<number, FieldIssue>();
  for (const [key, issue] of Object.entries(toFieldErrors(issues))) {
    const [, index] = key.split('.');
    if (key.startsWith('entries.') && !byEntry.has(Number(index))) byEntry.set(Number(index), issue);
  }
  return byEntry;
}

/** 「粘贴国务院通知」: the pasted text is read as it is typed, previewed, and saved as the year's schedule. */
export function NoticeModal({ year, onClose }: { year: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const busy = useHolidays((s) => s.busy === year);
  const [text, setText] = useState('');
  const [failed, setFailed] = useState<{ text: string; error: FailedCall } | null>(null);
  const parsed = useMemo(() => parseHolidayNotice(text, year), [text, year]);
  const otherYear = parsed.year !== undefined && parsed.year !== year;
  const rows = useMemo<PreviewRow[]>(() => {
    const local = scheduleIssues(year, parsed.entries).map((i) => ({ path: ['entries', i.index, i.field], message: i.message, params: i.params }));
    const server = failed?.text === text ? (failed.error.issues ?? []) : [];
    const issues = issuesByEntry([...local, ...server]);
    return parsed.entries.map((entry, index) => ({ ...entry, index, issue: issues.get(index) }));
  }, [parsed, year, failed, text]);

  async function save() {
    const result = await holidaysStore().getState().replaceYear({ year, entries: parsed.entries });
    if (result.ok) {
      void message.success(t('holidays.saved', { year }));
      return onClose();
    }
    setFailed({ text, error: result.error });
    showError(result.error);
  }

  const columns: TableColumnsType<PreviewRow> = [
    { title: t('holidays.modal.columns.start'), dataIndex: 'start', width: 110 },
    { title: t('holidays.modal.columns.end'), dataIndex: 'end', width: 110 },
    {
      title: t('holidays.modal.columns.kind'),
      dataIndex: 'kind',
      width: 70,
      render: (kind: HolidayRange['kind']) => <Tag color={kind === 'off' ? 'red' : 'default'}>{t(`holidays.modal.kind.${kind}`)}</Tag>,
    },
    { title: t('holidays.modal.columns.name'), dataIndex: 'name' },
  ];
  if (rows.some((r) => r.issue))
    columns.push({
      title: t('holidays.modal.columns.issue'),
      key: 'issue',
      render: (_, row) => row.issue && <Typography.Text type="danger">{translateIssue(t, row.issue)}</Typography.Text>,
    });
  // What the checks refuse is not sent; a server issue stays until the text changes.
  const blocked = parsed.entries.length === 0 || otherYear || rows.some((r) => r.issue);

  return (
    <Modal
      open
      width={760}
      title={t('holidays.modal.title', { year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: blocked, id: 'holiday-notice-save' }}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input.TextArea data-testid="holiday-notice-text" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 5, maxRows: 10 }} placeholder={t('holidays.modal.placeholder', { year })} />
      {otherYear && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('holidays.modal.otherYear', { notice: parsed.year, year })} />}
      {parsed.unread.length > 0 && (
        <Alert
          data-testid="holiday-notice-unread"
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('holidays.modal.unread')}
          description={parsed.unread.map((line) => (
            <div key={line}>{line}</div>
          ))}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('holidays.modal.preview')}
      </Typography.Title>
      <Table<PreviewRow> data-testid="holiday-notice-preview" rowKey="index" size="small" columns={columns} dataSource={rows} pagination={false} locale={{ emptyText: t('holidays.modal.empty') }} />
    </Modal>
  );
}
