import { WarningOutlined } from '@ant-design/icons';
import { Card, Empty, List, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PushProblem } from '../../../src-shared/contract/calendar';
import type { AccountBadge } from './calendar-types';
import { slotKey } from './ItemChip';

interface Props {
  problems: PushProblem[];
  accounts: Map<string, AccountBadge>;
  /** Opens the month of a problem's date. */
  onOpen: (date: string) => void;
}

/** A slot number in a problem reads as the operator says it: 头条, 次条, 第3条. */
export function useSlotNames() {
  const { t } = useTranslation();
  return (params: PushProblem['params'] = {}) => {
    if (typeof params.slot !== 'number') return params;
    const slot = slotKey(params.slot);
    return { ...params, slot: t(slot.key, slot.params) };
  };
}

/** WeChat's push-rule violations of the visible range; never blocking, always visible. */
export const ProblemsPanel = memo(function ProblemsPanel({ problems, accounts, onOpen }: Props) {
  const { t } = useTranslation();
  const withSlotName = useSlotNames();
  return (
    <Card
      size="small"
      data-testid="calendar-problems"
      title={
        <span>
          <WarningOutlined style={{ color: problems.length ? '#fa8c16' : '#bfbfbf', marginRight: 6 }} />
          {t('calendar.problemsTitle', { count: problems.length })}
        </span>
      }
      styles={{ body: { padding: problems.length ? 0 : 12 } }}
    >
      {problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noProblems')} />
      ) : (
        <List
          size="small"
          dataSource={problems}
          renderItem={(problem) => (
            <List.Item
              data-testid="calendar-problem"
              data-code={problem.code}
              onClick={() => onOpen(problem.date.length === 7 ? `${problem.date}-01` : problem.date)}
              style={{ cursor: 'pointer', display: 'block', padding: '8px 12px' }}
            >
              <div style={{ fontSize: 12, color: '#8c8c8c' }}>
                <span style={{ display: 'inline-block', width: 7, height: 7, borderRadius: '50%', marginRight: 4, background: accounts.get(problem.accountId)?.color ?? '#d9d9d9' }} />
                {accounts.get(problem.accountId)?.name ?? t('common.none')} · {problem.date}
              </div>
              <Typography.Text style={{ fontSize: 13 }}>{t(`calendar.problems.${problem.code}`, withSlotName(problem.params))}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
});
