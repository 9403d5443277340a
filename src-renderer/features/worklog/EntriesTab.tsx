import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkLog } from '../../../src-shared/contract/worklog';
import { addDays } from '../../../src-shared/domain/dates';
import { useUndoable } from '../../components/use-undo';
import { useTeam } from '../team/store';
import { useDurationText } from './duration-text';
import { EntryDrawer } from './EntryDrawer';
import { QuickEntry } from './QuickEntry';
import { useWorklog, worklogStore } from './store';
import { WeekSwitcher } from './WeekSwitcher';

interface Props {
  today: string;
  monday: string;
  thisMonday: string;
  onWeek(day: string): void;
}

/** 记录: the quick entry on top, the week's entries below (newest day first), edit in a drawer, delete with undo. */
export function EntriesTab({ today, monday, thisMonday, onWeek }: Props) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const undoable = useUndoable();
  const rows = useWorklog((s) => s.rows);
  const loading = useWorklog((s) => s.loading);
  const members = useTeam((s) => s.rows);
  const [editing, setEditing] = useState<WorkLog | null>(null);
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const sorted = useMemo(() => [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [rows]);
  const total = rows.reduce((sum, row) => sum + row.minutes, 0);

  useEffect(
    () =>
      void worklogStore()
        .getState()
        .show({ from: monday, to: addDays(monday, 6) }),
    [monday],
  );

  const remove = (entry: WorkLog) =>
    undoable(
      () => worklogStore().getState().remove(entry.id),
      t('worklog.list.deleted'),
      () => worklogStore().getState().restore(entry.id),
    );

  return (
    <>
      <QuickEntry today={today} onSaved={(date) => (date < monday || date > addDays(monday, 6) ? onWeek(date) : undefined)} />
      <div className="worklog-toolbar">
        <WeekSwitcher monday={monday} thisMonday={thisMonday} onChange={onWeek} />
        <Typography.Text strong data-testid="worklog-week-total">
          {t('worklog.week.total', { text: durationText(total) })}
        </Typography.Text>
      </div>
      <Table<WorkLog>
        data-testid="worklog-entries"
        size="small"
        rowKey="id"
        loading={loading && rows.length === 0}
        dataSource={sorted}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('worklog.list.empty')} /> }}
        onRow={(entry) => ({ 'data-testid': `worklog-row-${entry.id}`, onDoubleClick: () => setEditing(entry) }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'date', title: t('worklog.fields.date'), width: 120, render: (_, e) => dayjs(e.date).format('MM-DD ddd') },
          { key: 'member', title: t('worklog.fields.member'), width: 90, render: (_, e) => names.get(e.memberId) ?? '' },
          { key: 'category', title: t('worklog.fields.category'), width: 90, render: (_, e) => <Tag>{t(`worklog.categories.${e.category}`)}</Tag> },
          { key: 'minutes', title: t('worklog.fields.duration'), width: 120, render: (_, e) => durationText(e.minutes) },
          { key: 'note', title: t('worklog.fields.note'), render: (_, e) => <span className="worklog-note-cell">{e.note}</span> },
          { key: 'link', title: t('worklog.fields.link'), width: 220, ellipsis: true, render: (_, e) => (e.link ? `${t(`worklog.linkKinds.${e.link.kind}`)} · ${e.link.title}` : '') },
          {
            key: 'actions',
            width: 90,
            render: (_, e) => (
              <Space size={0}>
                <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('worklog.list.edit')} data-testid="worklog-edit" onClick={() => setEditing(e)} />
                <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('worklog.list.remove')} data-testid="worklog-delete" onClick={() => void remove(e)} />
              </Space>
            ),
          },
        ]}
      />
      <EntryDrawer entry={editing} onClose={() => setEditing(null)} />
    </>
  );
}
