import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: ReactNode;
  /** Where 全部 leads; none when the card is the whole story. */
  href?: string;
  testId: string;
  /** Shown when there is nothing to list. */
  empty?: string | false;
  /** Rows beyond those shown: "另有 N 条". */
  more?: number;
  className?: string;
  children?: ReactNode;
}

/** A card of 工作台: a title, a link to where its work is, its rows or a calm empty line. */
export function OverviewCard({ title, href, testId, empty, more = 0, className, children }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className={`overview-card ${className ?? ''}`}
      data-testid={testId}
      title={title}
      extra={
        href && (
          <a href={href} className="overview-card__all">
            {t('overview.viewAll')} ›
          </a>
        )
      }
    >
      {empty ? <div className="overview-card__empty">{empty}</div> : children}
      {more > 0 && <div className="overview-card__more">{t('overview.more', { count: more })}</div>}
    </Card>
  );
}
