import { Alert, Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CadencePreview } from '../../../src-shared/contract/calendar';
import type { AccountBadge } from './calendar-types';
import { useSlotNames } from './ProblemsPanel';

interface Props {
  preview: CadencePreview | null;
  /** The range starts before today: offer to include the past days. */
  reachesPast: boolean;
  includePast: boolean;
  onIncludePast: (include: boolean) => void;
  accounts: Map<string, AccountBadge>;
}

/** What 按栏目生成 would leave out and break, before anything is created: the past days it skips and the push-rule problems the placeholders would cause. */
export function CadenceCheck({ preview, reachesPast, includePast, onIncludePast, accounts }: Props) {
  const { t } = useTranslation();
  const withSlotName = useSlotNames();
  const problems = preview?.problems ?? [];
  return (
    <>
      {reachesPast && (
        <div style={{ marginTop: 12 }}>
          <Checkbox checked={includePast} onChange={(e) => onIncludePast(e.target.checked)} data-testid="cadence-include-past">
            {t('calendar.cadenceCheck.includePast')}
          </Checkbox>
          {!includePast && !!preview?.skippedPast && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0 24px', fontSize: 13 }} data-testid="cadence-skipped">
              {t('calendar.cadenceCheck.skippedPast', { count: preview.skippedPast })}
            </Typography.Paragraph>
          )}
        </div>
      )}
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          // As compact as the dialog's other lines: a warning to read, not a banner.
          styles={{ root: { padding: '10px 14px' }, icon: { fontSize: 16, marginTop: 3 }, title: { fontSize: 14, marginBottom: 2 }, description: { fontSize: 13 } }}
          data-testid="cadence-problems"
          title={t('calendar.cadenceCheck.problems', { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 132, overflowY: 'auto' }}>
              {problems.map((problem) => (
                <li key={`${problem.code}|${problem.accountId}|${problem.date}`} data-testid="cadence-problem" data-code={problem.code}>
                  {t('calendar.cadenceCheck.problem', {
                    account: accounts.get(problem.accountId)?.name ?? t('common.none'),
                    date: problem.date,
                    message: t(`calendar.problems.${problem.code}`, withSlotName(problem.params)),
                  })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
