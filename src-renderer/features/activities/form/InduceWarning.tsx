import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mechanicWarnings } from '../../../../src-shared/domain/activities/mechanics';

/**
 * Says which words of a text WeChat treats as 诱导分享/诱导关注 and why, under the field that holds
 * them. It warns and does not refuse: the operator may be describing what not to do.
 */
export function InduceWarning({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation();
  const warnings = useMemo(() => mechanicWarnings(text), [text]);
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      style={{ marginBottom: 16 }}
      title={t('activities.form.induceTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w) => (
            <li key={w.word}>
              {/* The word list's reason names the rule (诱导分享：…), in the list's own words. */}
              {t('activities.form.induceLine', { text: w.text, reason: w.reason })}
              {w.suggestion && <div>{t('activities.form.induceSuggestion', { suggestion: w.suggestion })}</div>}
            </li>
          ))}
        </ul>
      }
    />
  );
}
