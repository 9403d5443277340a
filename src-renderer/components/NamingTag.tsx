import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NamingCheck } from '../../src-shared/domain/accounts/naming';

const COLORS = { follows: 'success', differs: 'warning', incomplete: 'default', noTemplate: 'default' } as const;

/** The naming-template check of an account, with the expected name or the missing values. */
export function NamingTag({ naming }: { naming: NamingCheck }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={COLORS[naming.status]} data-testid={`naming-${naming.status}`}>
      {t(`accounts.naming.${naming.status}`)}
    </Tag>
  );
  if (naming.status === 'differs' && naming.expected) return <Tooltip title={t('accounts.naming.expected', { name: naming.expected })}>{tag}</Tooltip>;
  if (naming.status === 'incomplete' && naming.missing?.length) {
    return <Tooltip title={t('accounts.naming.missing', { names: naming.missing.map((n) => `{${n}}`).join(' ') })}>{tag}</Tooltip>;
  }
  if (naming.status === 'noTemplate') return <Tooltip title={t('accounts.naming.noTemplateHint')}>{tag}</Tooltip>;
  return tag;
}
