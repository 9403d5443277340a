import { Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticlePatch, ArticleTheme, type Article } from '../../../../src-shared/contract/articles';
import { digestFallback, LIMITS } from '../../../../src-shared/domain/articles/lint';
import { accountOptions } from '../../../components/AccountLabel';
import { DrawerForm, FormDrawer } from '../../../components/FormDrawer';
import { changedFields } from '../../../lib/changed-fields';
import { useZodForm } from '../../../lib/use-zod-form';
import { useAccounts } from '../../accounts/store';
import { articlesStore, useArticles } from '../store';
import { CoverField } from './CoverField';

interface Props {
  open: boolean;
  article: Article;
  /** The body's text as it is now (what WeChat takes the digest from when it is empty). */
  bodyText: () => string;
  onClose: () => void;
}

/** Characters as the limits count them (an emoji is one). */
const lengthOf = (text: string) => [...text].length;
/** antd's counter, counting as the limits do. */
const counter = (max: number) => ({ show: true, max, strategy: lengthOf });
const fieldId = (name: string) => `article-meta-${name}`;

function initialOf(article: Article): ArticlePatch {
  const { item } = article;
  return {
    title: item.title,
    accountId: item.accountId,
    columnId: item.columnId,
    author: article.author,
    digest: article.digest,
    origin: article.origin,
    sourceName: article.sourceName,
    sourceUrl: article.sourceUrl,
    readMoreUrl: article.readMoreUrl,
    theme: article.theme,
    coverAssetId: article.coverAssetId,
    coverWideCrop: article.coverWideCrop,
    coverSquareCrop: article.coverSquareCrop,
  };
}

function MetaForm({ article, bodyText }: Omit<Props, 'open' | 'onClose'>) {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.rows);
  const form = useZodForm(ArticlePatch, initialOf(article));
  const { values, set, update, status } = form;
  const columns = useArticles((s) => s.columns).filter((c) => c.accountId === values.accountId);
  const title = values.title ?? '';
  const digest = values.digest ?? '';
  // Past 32 the message list and share cards cut the title; past 64 WeChat refuses it (the schema's error).
  const titleStatus =
    status('title').validateStatus || lengthOf(title) <= LIMITS.titleWarn
      ? status('title')
      : { validateStatus: 'warning' as const, help: <span data-testid="article-meta-title-warning">{t('articles.meta.titleLong', { max: LIMITS.titleWarn })}</span> };
  // The body does not change while the drawer covers the editor: read once.
  const [bodyStart] = useState(() => digestFallback(bodyText()));
  const fallback = digest.trim() ? '' : bodyStart;

  const save = (input: ArticlePatch) => articlesStore().getState().update(article.id, changedFields(form.baseline, input));

  return (
    <DrawerForm form={form} testId="article-meta-form" saveTestId="article-meta-save" save={save}>
      <Form.Item label={t('articles.meta.title')} htmlFor={fieldId('title')} required {...titleStatus}>
        <Input id={fieldId('title')} data-testid="article-meta-title" count={counter(LIMITS.titleMax)} value={title} onChange={(e) => set('title', e.target.value)} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('articles.meta.account')} htmlFor={fieldId('account')} {...status('accountId')}>
            <Select id={fieldId('account')} data-testid="article-meta-account" value={values.accountId} onChange={(next: string) => update({ accountId: next, columnId: null })} options={accountOptions(accounts, t)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('articles.meta.column')} htmlFor={fieldId('column')} {...status('columnId')}>
            <Select
              id={fieldId('column')}
              data-testid="article-meta-column"
              allowClear
              placeholder={t('articles.meta.noColumn')}
              value={values.columnId ?? undefined}
              onChange={(next?: string) => set('columnId', next ?? null)}
              options={columns.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('articles.meta.author')} htmlFor={fieldId('author')} {...status('author')}>
            <Input id={fieldId('author')} data-testid="article-meta-author" count={counter(LIMITS.authorMax)} value={values.author} onChange={(e) => set('author', e.target.value)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('articles.meta.theme')} htmlFor={fieldId('theme')} {...status('theme')}>
            <Select
              id={fieldId('theme')}
              data-testid="article-meta-theme"
              value={values.theme}
              onChange={(next) => set('theme', next)}
              options={ArticleTheme.options.map((theme) => ({ value: theme, label: t(`articles.meta.themes.${theme}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('articles.meta.digest')} htmlFor={fieldId('digest')} {...status('digest')}>
        <Input.TextArea id={fieldId('digest')} data-testid="article-meta-digest" count={counter(LIMITS.digestMax)} autoSize={{ minRows: 2, maxRows: 5 }} value={digest} onChange={(e) => set('digest', e.target.value)} />
      </Form.Item>
      {fallback && (
        <Typography.Paragraph type="secondary" className="article-meta__fallback" data-testid="article-meta-digest-fallback">
          {t('articles.meta.digestFallback', { count: LIMITS.digestFallback })}
          <span className="article-meta__fallback-text">{fallback}</span>
        </Typography.Paragraph>
      )}
      <Form.Item label={t('articles.meta.origin')} {...status('origin')}>
        <Radio.Group
          data-testid="article-meta-origin"
          value={values.origin}
          onChange={(e) => set('origin', e.target.value)}
          options={(['original', 'reprint'] as const).map((o) => ({ value: o, label: t(`articles.meta.origins.${o}`) }))}
        />
      </Form.Item>
      {values.origin === 'reprint' && (
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item label={t('articles.meta.sourceName')} htmlFor={fieldId('source-name')} {...status('sourceName')}>
              <Input id={fieldId('source-name')} data-testid="article-meta-source-name" value={values.sourceName} onChange={(e) => set('sourceName', e.target.value)} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item label={t('articles.meta.sourceUrl')} htmlFor={fieldId('source-url')} {...status('sourceUrl')}>
              <Input id={fieldId('source-url')} data-testid="article-meta-source-url" placeholder="https://" value={values.sourceUrl} onChange={(e) => set('sourceUrl', e.target.value)} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item label={t('articles.meta.readMoreUrl')} htmlFor={fieldId('read-more')} extra={t('articles.meta.readMoreHint')} {...status('readMoreUrl')}>
        <Input id={fieldId('read-more')} data-testid="article-meta-read-more" placeholder="https://" value={values.readMoreUrl} onChange={(e) => set('readMoreUrl', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('articles.meta.cover.label')}>
        <CoverField
          value={{ coverAssetId: values.coverAssetId, coverWideCrop: values.coverWideCrop, coverSquareCrop: values.coverSquareCrop }}
          onChange={(patch) => update(patch)}
          upload={(file) => articlesStore().getState().uploadCover(file)}
        />
      </Form.Item>
    </DrawerForm>
  );
}

/** 稿件信息: title, account and column, author, theme, digest (with what WeChat takes when it is empty), original or reprint, 阅读原文, the cover and its crops. */
export function ArticleMetaDrawer({ open, article, bodyText, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={600} title={t('articles.page.meta')}>
      <MetaForm key={article.id} article={article} bodyText={bodyText} />
    </FormDrawer>
  );
}
