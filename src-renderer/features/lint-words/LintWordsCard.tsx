import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Popconfirm, Space, Switch, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LintWordEntry } from '../../../src-shared/contract/lint-words';
import { errorText } from '../../lib/field-errors';
import { useShowError } from '../../lib/use-show-error';
import { lintWordsStore, useLintWords } from './store';
import { WordFormModal } from './WordFormModal';

/** 广告法与诱导用语词表 in 设置: the effective list, searchable; turn words off, reword them, add the workspace's own. */
export function LintWordsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const words = useLintWords((s) => s.words);
  const loading = useLintWords((s) => s.loading);
  const busy = useLintWords((s) => s.busy);
  const error = useLintWords((s) => s.error);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<LintWordEntry | 'new' | null>(null);

  useEffect(() => {
    void lintWordsStore().getState().load();
  }, []);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? words.filter((w) => w.word.toLowerCase().includes(q) || w.reason.includes(q) || t(`lint.category.${w.category}`).includes(q)) : words;
  }, [query, words, t]);

  async function toggle(entry: LintWordEntry, enabled: boolean) {
    const result = await lintWordsStore().getState().setDisabled(entry.word, !enabled);
    if (!result.ok) showError(result.error);
  }

  async function remove(entry: LintWordEntry) {
    const result = await lintWordsStore().getState().remove(entry.word);
    if (!result.ok) return showError(result.error);
    void message.success(t(entry.source === 'builtin' ? 'lintWords.resetDone' : 'lintWords.removed', { word: entry.word }));
  }

  const columns: TableColumnsType<LintWordEntry> = [
    {
      title: t('lintWords.columns.enabled'),
      key: 'enabled',
      width: 64,
      render: (_, w) => <Switch size="small" checked={!w.disabled} loading={busy === w.word} onChange={(on) => void toggle(w, on)} data-testid="lint-word-enabled" />,
    },
    {
      title: t('lintWords.columns.word'),
      dataIndex: 'word',
      width: 140,
      render: (word: string, w) => (
        <Tooltip title={w.except?.length ? t('lintWords.exceptions', { words: w.except.join('、') }) : undefined}>
          <Typography.Text delete={w.disabled} strong>
            {word}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: t('lintWords.columns.category'), dataIndex: 'category', width: 190, render: (category: string) => t(`lint.category.${category}`) },
    { title: t('lintWords.columns.suggestion'), dataIndex: 'suggestion', ellipsis: true },
    {
      title: t('lintWords.columns.source'),
      key: 'source',
      width: 130,
      render: (_, w) => (
        <Space size={0}>
          <Tag color={w.source === 'builtin' ? 'blue' : 'green'}>{t(`lintWords.source.${w.source}`)}</Tag>
          {w.changed && <Tag>{t('lintWords.changed')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, w) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(w)} data-testid="lint-word-edit">
            {t('common.edit')}
          </Button>
          {(w.source === 'workspace' || w.changed) && (
            <Popconfirm title={w.source === 'builtin' ? t('lintWords.reset') : t('lintWords.remove')} onConfirm={() => void remove(w)} okText={t('common.delete')} cancelText={t('common.cancel')}>
              <Button type="link" size="small" danger={w.source === 'workspace'} data-testid="lint-word-remove">
                {w.source === 'builtin' ? t('lintWords.reset') : t('lintWords.remove')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('lintWords.title')}
      data-testid="lint-words-card"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="lint-word-add">
          {t('lintWords.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('lintWords.hint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 12 }} />}
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('lintWords.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ maxWidth: 280, marginBottom: 12 }}
        data-testid="lint-words-search"
      />
      <Table<LintWordEntry> size="small" rowKey="word" loading={loading && words.length === 0} columns={columns} dataSource={shown} pagination={{ pageSize: 10, showSizeChanger: false }} />
      {editing && <WordFormModal word={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
