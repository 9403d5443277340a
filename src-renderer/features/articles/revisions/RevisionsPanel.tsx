import { DiffOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Empty, Input, List, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../../../src-shared/contract/articles';
import { ItemStatus } from '../../../../src-shared/contract/calendar';
import { errorText } from '../../../lib/field-errors';
import { formatDateTime } from '../../../lib/format';
import { useShowError } from '../../../lib/use-show-error';
import { useTeam } from '../../team/store';
import { RevisionDiff } from './RevisionDiff';
import { revisionsStore, useRevisions } from './store';

/** The two versions on show in the diff (to = null: the body as it is now). */
type Comparing = { from: string; to: string | null; title: string } | null;

/** 版本: the article's versions; 保存版本 with a name; compare any two (or one with the body now); restore one. */
export function RevisionsPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const revisions = useRevisions((s) => (s.articleId === articleId ? s.revisions : []));
  const loaded = useRevisions((s) => s.articleId === articleId && s.loaded);
  const error = useRevisions((s) => s.error);
  const members = useTeam((s) => s.rows);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState<Comparing>(null);
  useEffect(() => {
    void revisionsStore().getState().open(articleId);
  }, [articleId]);

  const memberName = (id: string | null) => (id ? (members.find((m) => m.id === id)?.name ?? t('articles.revisions.formerMember')) : t('articles.revisions.noMember'));
  const byId = new Map(revisions.map((r) => [r.id, r]));
  // A named version's name; a restore names the version it brought back (its name is that version's id); else the reason.
  const label = (revision: Revision): string => {
    if (revision.reason === 'named') return revision.name;
    // A status revision is named by the status it came with.
    const status = ItemStatus.safeParse(revision.name);
    if (revision.reason === 'status' && status.success) return t('articles.revisions.statusTo', { status: t(`calendar.status.${status.data}`) });
    const source = revision.reason === 'restore' ? byId.get(revision.name) : undefined;
    return source ? t('articles.revisions.restoredFrom', { name: label(source) }) : t(`articles.revisions.reason.${revision.reason}`);
  };
  const when = (revision: Revision) => formatDateTime(revision.createdAt).slice(5, 16);

  async function save() {
    setSaving(true);
    const result = await revisionsStore().getState().save(name.trim());
    setSaving(false);
    if (!result.ok) return showError(result.error, t('articles.revisions.saveFailed'));
    setName('');
    void message.success(t('articles.revisions.saved', { name: result.data.name }));
  }

  async function restore(revision: Revision) {
    const result = await revisionsStore().getState().restore(revision.id);
    if (!result.ok) return showError(result.error, t('articles.revisions.restoreFailed'));
    void message.success(t('articles.revisions.restored', { name: label(revision) }));
  }

  function togglePick(id: string, on: boolean) {
    // Two at most: a third pick replaces the older one.
    setPicked((before) => (on ? [...before.filter((p) => p !== id), id].slice(-2) : before.filter((p) => p !== id)));
  }

  function compareSelected() {
    // Older first, so what was added since reads green.
    const [a, b] = revisions.filter((r) => picked.includes(r.id)).reverse();
    if (a && b) setComparing({ from: a.id, to: b.id, title: t('articles.revisions.compareTitle', { from: label(a), to: label(b) }) });
  }

  return (
    <div className="revisions" data-testid="revisions-panel">
      <Space.Compact style={{ width: '100%' }}>
        <Input placeholder={t('articles.revisions.namePlaceholder')} value={name} maxLength={40} onChange={(e) => setName(e.target.value)} onPressEnter={() => name.trim() && void save()} data-testid="revision-name" />
        <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={!name.trim()} onClick={() => void save()} data-testid="revision-save">
          {t('articles.revisions.save')}
        </Button>
      </Space.Compact>
      <div className="revisions__compare">
        <Typography.Text type="secondary">{t('articles.revisions.pickHint')}</Typography.Text>
        <Button size="small" icon={<DiffOutlined />} disabled={picked.length !== 2} onClick={compareSelected} data-testid="revision-compare">
          {t('articles.revisions.compare')}
        </Button>
      </div>
      {error && <Alert type="error" showIcon message={errorText(t, error)} />}
      {loaded && revisions.length === 0 && !error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('articles.revisions.empty')} />
      ) : (
        <List
          size="small"
          loading={!loaded}
          dataSource={revisions}
          rowKey="id"
          renderItem={(revision) => (
            <List.Item className="revisions__item" data-testid="revision" data-id={revision.id}>
              <Checkbox checked={picked.includes(revision.id)} onChange={(e) => togglePick(revision.id, e.target.checked)} aria-label={t('articles.revisions.pick')} data-testid="revision-pick" />
              <div className="revisions__text">
                <div className="revisions__name">
                  <Typography.Text strong={revision.reason === 'named'} ellipsis={{ tooltip: label(revision) }} data-testid="revision-label">
                    {label(revision)}
                  </Typography.Text>
                </div>
                <Typography.Text type="secondary" className="revisions__meta">
                  {t('articles.revisions.meta', { when: when(revision), member: memberName(revision.memberId), chars: revision.chars.toLocaleString() })}
                </Typography.Text>
              </div>
              <Space size={0}>
                <Tooltip title={t('articles.revisions.compareNow')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<DiffOutlined />}
                    aria-label={t('articles.revisions.compareNow')}
                    data-testid="revision-compare-now"
                    onClick={() => setComparing({ from: revision.id, to: null, title: t('articles.revisions.compareNowTitle', { name: label(revision) }) })}
                  />
                </Tooltip>
                <Popconfirm
                  title={t('articles.revisions.restoreConfirm', { name: label(revision) })}
                  description={t('articles.revisions.restoreHint')}
                  onConfirm={() => restore(revision)}
                  okText={t('articles.revisions.restore')}
                >
                  {/* A labelled button, no hover tooltip: one would sit over the confirmation's own 恢复. */}
                  <Button type="text" size="small" icon={<RollbackOutlined />} data-testid="revision-restore">
                    {t('articles.revisions.restore')}
                  </Button>
                </Popconfirm>
              </Space>
            </List.Item>
          )}
        />
      )}
      {comparing && <RevisionDiff {...comparing} onClose={() => setComparing(null)} />}
    </div>
  );
}
