import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import './articles.css';
import type { ArticlesRoute } from './route';

/** 稿件: every article as a table, with filters, the topic pool, search and 新建稿件. */
export function ArticlesPage(_props: { route: ArticlesRoute }) {
  const { t } = useTranslation();
  return (
    <Typography.Title level={4} style={{ margin: 0 }}>
      {t('articles.title')}
    </Typography.Title>
  );
}
