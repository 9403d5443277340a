import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenchAccount } from '../../../../src-shared/contract/benchmarks';

/** An account's name; own accounts are marked 自有. */
export function AccountCell({ account }: { account: BenchAccount }) {
  const { t } = useTranslation();
  return (
    <span className="bench-account" data-kind={account.kind}>
      <span className="bench-account__name">{account.name}</span>
      {account.kind === 'own' && (
        <Tag color="blue" className="bench-account__own" bordered={false}>
          {t('benchAnalysis.kind.own')}
        </Tag>
      )}
    </span>
  );
}
