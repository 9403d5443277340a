import { WarningOutlined } from '@ant-design/icons';
import { Card, Empty, List, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PushProblem } from '../../../src-shared/contract/calendar';
import { AccountLabel, MissingAccountLabel } from '../../components/AccountLabel';
import type { AccountBadge } from './calendar-types';
import { slotKey } from './ItemChip';

interface Props {
  problems: PushProblem[];
  accounts: Map<string, AccountBadge>;
  /** Selects the problem's items and brings them on screen. */
  onSelect: (problem: PushProblem) => void;
}

/** A problem's params with its slot named as the operator says it: 头条, 次条, 第3条. */
function withSlotName(t: TFunction, params: PushProblem['params'] = {}) {
  if (typeof params.slot !== 'number') return params;
  const slot = slotKey(params.slot);
  return { ...params, slot: t(slot.key, slot.params) };
}

/** withSlotName in the current language. */
export function useSlotNames() {
  const { t } = useTranslation();
  return (params: PushProblem['params']) => withSlotName(t, params);
}

/** A problem as the operator reads it. */
export function problemText(t: TFunction, problem: PushProblem): string {
  return t(`calendar.problems.${problem.code}`, withSlotName(t, problem.params));
}

/** WeChat's push-rule violations of the visible range; never blocking, always visible. A click selects the items. */
export const ProblemsPanel = memo(function ProblemsPanel({ problems, accounts, onSelect }: Props) {
  const { t } = useTranslation();
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
          renderItem={(problem) => {
            const account = accounts.get(problem.accountId);
            return (
              <List.Item
                data-testid="calendar-problem"
                data-code={problem.code}
                role="button"
                tabIndex={0}
                title={t('calendar.grid.problemSelect', { count: problem.itemIds.length })}
                onClick={() => onSelect(problem)}
                onKeyDown={(e) => e.key === 'Enter' && onSelect(problem)}
                style={{ cursor: 'pointer', display: 'block', padding: '8px 12px' }}
              >
                <div style={{ fontSize: 12, color: '#8c8c8c', display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
                  <span style={{ minWidth: 0, display: 'flex' }}>{account ? <AccountLabel name={account.name} platform={account.platform} color={account.color} /> : <MissingAccountLabel />}</span>
                  <span style={{ flex: 'none' }}>· {problem.date.length === 7 ? problem.date : problem.date.slice(5)}</span>
                </div>
                <Typography.Text style={{ fontSize: 13 }}>{problemText(t, problem)}</Typography.Text>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
});
