import { Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localDate, monthEnd, monthStart } from '../../../src-shared/domain/dates';
import { mondayOf } from '../../../src-shared/domain/worklog/week';
import { navigate } from '../../lib/router';
import { keyboardStore } from '../articles/keyboard/store';
import { teamStore } from '../team/store';
import { EntriesTab } from './EntriesTab';
import { StatsTab } from './reports/StatsTab';
import { TimesheetTab } from './reports/TimesheetTab';
import { worklogRouteDef, type WorklogRoute, type WorklogTab } from './route';
import { WorklogTransfer } from './transfer/WorklogTransfer';

/** 日志: quick entry and the week's entries, the week's timesheet, time and cost by category and person. */
export function WorklogPage({ route }: { route: WorklogRoute }) {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const thisMonday = mondayOf(today);
  const monday = route.week ? mondayOf(route.week) : thisMonday;
  const from = route.from ?? monthStart(today);
  const to = route.to ?? monthEnd(today);
  const go = (patch: Partial<WorklogRoute>) => navigate(worklogRouteDef.href({ ...route, ...patch }));
  const onWeek = (day: string) => go({ week: mondayOf(day) === thisMonday ? null : mondayOf(day) });

  useEffect(() => {
    void teamStore().getState().load();
    void keyboardStore().getState().load();
  }, []);

  const tabs: Array<{ key: WorklogTab; children: React.ReactNode }> = [
    { key: 'entries', children: <EntriesTab today={today} monday={monday} thisMonday={thisMonday} onWeek={onWeek} /> },
    { key: 'timesheet', children: <TimesheetTab monday={monday} thisMonday={thisMonday} onWeek={onWeek} /> },
    { key: 'stats', children: <StatsTab from={from} to={to} onRange={(f, t) => go({ from: f, to: t })} /> },
  ];
  const exportRange = route.tab === 'stats' ? { from, to } : { from: monday, to: addDays(monday, 6) };

  return (
    <div data-testid="worklog-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('worklog.title')}
      </Typography.Title>
      <Tabs
        data-testid="worklog-tabs"
        activeKey={route.tab}
        onChange={(key) => go({ tab: key as WorklogTab })}
        destroyOnHidden
        tabBarExtraContent={<WorklogTransfer range={exportRange} />}
        items={tabs.map(({ key, children }) => ({ key, label: <span data-testid={`worklog-tab-${key}`}>{t(`worklog.tabs.${key}`)}</span>, children }))}
      />
    </div>
  );
}
