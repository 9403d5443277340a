import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CostImportance } from '../../../src-shared/contract/costs';

/** 重要 in red, 一般 plain: the boss scans a long list for the red ones. */
export function ImportanceTag({ importance }: { importance: CostImportance }) {
  const { t } = useTranslation();
  return (
    <Tag color={importance === 'important' ? 'red' : undefined} data-testid={`importance-${importance}`}>
      {t(`costs.importance.${importance}`)}
    </Tag>
  );
}
