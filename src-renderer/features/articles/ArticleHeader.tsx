import { ArrowLeftOutlined, CalendarOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../src-shared/contract/articles';
import { AccountLabel, MissingAccountLabel } from '../../components/AccountLabel';
import { useAccounts } from '../accounts/store';
import { calendarRoute, calendarRouteDef } from '../calendar/route';
import { articlesRoute, articlesRouteDef } from './route';
import { StatusTag } from './StatusTag';

interface Props {
  article: Article;
  /** The editor's save state (已保存 / 保存中…), when the editor reports one. */
  saveState?: ReactNode;
  /** Who is at the keyboard, and its switch. */
  keyboard?: ReactNode;
  onEditMeta: () => void;
}

/** The article page's header: back to the list, the title, its account, status and date, the save state, and the page's actions. */
export function ArticleHeader({ article, saveState, keyboard, onEditMeta }: Props) {
  const { t } = useTranslation();
  const account = useAccounts((s) => s.rows.find((a) => a.id === article.item.accountId));
  const { item } = article;
  return (
    <div className="article-header" data-testid="article-header">
      <Tooltip title={t('articles.page.back')}>
        <Button type="text" icon={<ArrowLeftOutlined />} href={articlesRouteDef.href(articlesRoute())} aria-label={t('articles.page.back')} data-testid="article-back" />
      </Tooltip>
      <Typography.Title level={4} className="article-header__title" ellipsis={{ tooltip: item.title }} data-testid="article-title">
        {item.title}
      </Typography.Title>
      <span className="article-header__meta">
        {account ? <AccountLabel name={account.name} platform={account.platform} /> : <MissingAccountLabel />}
        <StatusTag status={item.status} />
        {item.date ? (
          <a href={calendarRouteDef.href(calendarRoute({ date: item.date }))} className="article-header__date" data-testid="article-date" title={t('articles.page.openInCalendar')}>
            <CalendarOutlined /> {item.date}
          </a>
        ) : (
          <span className="article-header__date" data-testid="article-date">
            {t('articles.page.pool')}
          </span>
        )}
      </span>
      <span className="article-header__save" data-testid="article-save-state">
        {saveState}
      </span>
      <Space size={8} className="article-header__actions">
        {keyboard}
        <Button icon={<FormOutlined />} onClick={onEditMeta} data-testid="article-meta-open">
          {t('articles.page.meta')}
        </Button>
      </Space>
    </div>
  );
}
