import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConcernCategory, ConcernStatus } from '../../../src-shared/contract/concerns';

const CATEGORY_COLORS: Record<ConcernCategory, string> = { product: 'blue', service: 'cyan', complaint: 'red', price: 'gold', other: 'default' };
const STATUS_COLORS: Record<ConcernStatus, string> = { new: 'magenta', answering: 'processing', answered: 'success', closed: 'default' };

export function CategoryTag({ category }: { category: ConcernCategory }) {
  const { t } = useTranslation();
  return <Tag color={CATEGORY_COLORS[category]}>{t(`concerns.category.${category}`)}</Tag>;
}

export function ConcernStatusTag({ status }: { status: ConcernStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`concerns.status.${status}`)}</Tag>;
}
