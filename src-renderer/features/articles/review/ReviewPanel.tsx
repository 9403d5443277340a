import { Alert, App, Button, Flex, Input, Modal, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, ReviewAction, ReviewState } from '../../../../src-shared/contract/article-review';
import { levelNames } from '../../../../src-shared/domain/articles/review-flow';
import { formatDateTime } from '../../../lib/format';
import { useShowError } from '../../../lib/use-show-error';
import { reviewStore, useReview } from './store';
import './review.css';

// 审核: the article's review chain with who decides now, the actions the keyboard member may take
// (the shared rule decides which: src-shared/domain/articles/review-flow.ts), and the history.

/** The buttons in the order a reader meets them; 退回修改 asks for its comment first. */
const BUTTONS: ReadonlyArray<{ action: ReviewAction; primary?: boolean; danger?: boolean }> = [
  { action: 'submit', primary: true },
  { action: 'approve', primary: true },
  { action: 'request_changes', danger: true },
  { action: 'withdraw' },
  { action: 'reopen' },
];

function useLevelName() {
  const { t } = useTranslation();
  return (level: number, chainLength: number) => {
    const name = levelNames(chainLength)[level - 1];
    return name ? t(`review.levels.${name}`) : '';
  };
}

function ChainSteps({ review }: { review: ReviewState }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const levels = review.chain.levels;
  const stepOf = (level: number) => {
    if (review.status === 'approved' || review.status === 'scheduled' || review.status === 'published') return 'finish';
    if (review.currentLevel === null) return 'wait';
    return level < review.currentLevel ? 'finish' : level === review.currentLevel ? 'process' : 'wait';
  };
  return (
    <Steps
      size="small"
      orientation="vertical"
      data-testid="review-chain"
      items={levels.map((l) => ({
        status: stepOf(l.level),
        title: levelName(l.level, levels.length),
        content: l.memberName || t('review.anyApprover'),
      }))}
    />
  );
}

function historyText(t: ReturnType<typeof useTranslation>['t'], levelName: (level: number, length: number) => string, decision: Decision, chainLength: number): string {
  const name = decision.memberName || '—';
  return t(`review.history.${decision.action}`, { name, level: levelName(decision.level, chainLength) });
}

function History({ review }: { review: ReviewState }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  if (review.decisions.length === 0) return <Typography.Text type="secondary">{t('review.history.empty')}</Typography.Text>;
  const colors: Record<ReviewAction, string> = { submit: 'blue', approve: 'green', request_changes: 'red', withdraw: 'gray', reopen: 'orange' };
  return (
    <Timeline
      data-testid="review-history"
      items={[...review.decisions].reverse().map((d) => ({
        key: d.id,
        color: colors[d.action],
        content: (
          <div className="review-history-entry">
            <div>{historyText(t, levelName, d, review.chain.levels.length)}</div>
            {d.comment && <div className="review-history-comment">{d.comment}</div>}
            <Typography.Text type="secondary" className="review-history-time">
              {formatDateTime(d.createdAt)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

function RequestChangesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    const result = await reviewStore().getState().decide('request_changes', comment);
    setBusy(false);
    if (!result.ok) return showError(result.error);
    void message.success(t('review.done.request_changes'));
    setComment('');
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('review.requestChanges.title')}
      okText={t('review.requestChanges.ok')}
      okButtonProps={{ danger: true, disabled: comment.trim() === '', loading: busy, id: 'review-request-changes-send' }}
      onOk={send}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input.TextArea autoFocus data-testid="review-request-changes-comment" rows={4} maxLength={2000} placeholder={t('review.requestChanges.placeholder')} value={comment} onChange={(e) => setComment(e.target.value)} />
    </Modal>
  );
}

/** The review of one article: chain, who decides now, the keyboard member's buttons, the history. */
export function ReviewPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const review = useReview((s) => (s.articleId === articleId ? s.review : null));
  const [busy, setBusy] = useState<ReviewAction | null>(null);
  const [asking, setAsking] = useState(false);
  const levelName = useLevelName();

  useEffect(() => void reviewStore().getState().open(articleId), [articleId]);

  if (!review) return null;
  const act = async (action: ReviewAction) => {
    if (action === 'request_changes') return setAsking(true);
    setBusy(action);
    const result = await reviewStore().getState().decide(action);
    setBusy(null);
    if (result.ok) void message.success(t(`review.done.${action}`));
    else showError(result.error);
  };
  const waiting =
    review.currentLevel === null
      ? null
      : review.waitingFor
        ? t('review.state.waitingFor', { name: review.chain.levels[review.currentLevel - 1]?.memberName, level: levelName(review.currentLevel, review.chain.levels.length) })
        : t('review.state.waitingForAny', { level: levelName(review.currentLevel, review.chain.levels.length) });

  return (
    <div className="review-panel" data-testid="review-panel">
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('review.title')}
        </Typography.Title>
        <Tag data-testid="review-status">{t(`calendar.status.${review.status}`)}</Tag>
      </Flex>
      {!review.actingMemberId && <Alert type="info" showIcon title={t('review.state.noKeyboard')} />}
      <ChainSteps review={review} />
      {waiting && <Typography.Text data-testid="review-waiting">{waiting}</Typography.Text>}
      {review.allowed.length > 0 && (
        <Space wrap>
          {BUTTONS.filter((b) => review.allowed.includes(b.action)).map((b) => (
            <Button key={b.action} data-testid={`review-${b.action}`} type={b.primary ? 'primary' : 'default'} danger={b.danger} loading={busy === b.action} onClick={() => void act(b.action)}>
              {t(`review.action.${b.action}`)}
            </Button>
          ))}
        </Space>
      )}
      <Typography.Text strong>{t('review.history.title')}</Typography.Text>
      <History review={review} />
      <RequestChangesDialog open={asking} onClose={() => setAsking(false)} />
    </div>
  );
}
