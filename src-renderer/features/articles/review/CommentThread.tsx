import { Button, Flex, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../src-shared/contract/article-review';
import { formatDateTime } from '../../../lib/format';
import { useShowError } from '../../../lib/use-show-error';
import type { SaveResult } from '../../../lib/result';
import { reviewStore } from './store';

// One comment with its replies: read, reply, resolve or reopen, and edit or delete one's own.

/** A small text box with a send button, for a reply or an edit. */
export function CommentInput({
  initial = '',
  placeholder,
  sendText,
  onSend,
  onCancel,
  testId,
}: {
  initial?: string;
  placeholder: string;
  sendText: string;
  onSend: (body: string) => Promise<SaveResult<unknown>>;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    const result = await onSend(body);
    setBusy(false);
    if (result.ok) setBody('');
    else showError(result.error);
  };
  return (
    <div onClick={(e) => e.stopPropagation()}>
      <Input.TextArea
        autoFocus
        data-testid={testId}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        placeholder={placeholder}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && body.trim()) void send();
        }}
      />
      <Flex justify="end" gap={8} style={{ marginTop: 6 }}>
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            {t('review.comments.cancel')}
          </Button>
        )}
        <Button size="small" type="primary" data-testid={`${testId}-send`} disabled={!body.trim()} loading={busy} onClick={() => void send()}>
          {sendText}
        </Button>
      </Flex>
    </div>
  );
}

function CommentLine({ comment, mine }: { comment: Comment; mine: boolean }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [editing, setEditing] = useState(false);
  const store = reviewStore().getState();
  if (editing) {
    return (
      <CommentInput
        initial={comment.body}
        placeholder={t('review.comments.addPlaceholder')}
        sendText={t('review.comments.save')}
        testId="comment-edit"
        onCancel={() => setEditing(false)}
        onSend={async (body) => {
          const result = await store.editComment(comment.id, body);
          if (result.ok) setEditing(false);
          return result;
        }}
      />
    );
  }
  return (
    <div>
      <Flex justify="space-between" align="baseline" gap={8}>
        <Typography.Text strong>{comment.memberName || '—'}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(comment.createdAt)}
        </Typography.Text>
      </Flex>
      <div className="comment-body">{comment.body}</div>
      {mine && (
        <Space size={0} onClick={(e) => e.stopPropagation()}>
          <Button type="link" size="small" onClick={() => setEditing(true)}>
            {t('review.comments.edit')}
          </Button>
          <Popconfirm
            title={t('review.comments.removeConfirm')}
            onConfirm={async () => {
              const result = await store.removeComment(comment.id);
              if (!result.ok) showError(result.error);
            }}
          >
            <Button type="link" size="small" danger>
              {t('review.comments.remove')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </div>
  );
}

interface ThreadProps {
  comment: Comment;
  replies: Comment[];
  actingMemberId: string | null;
  active: boolean;
  /** Whether its text is still in the body (else the quote says it was deleted). */
  inBody: boolean;
  onSelect: () => void;
}

/** A comment and its replies as one card; clicking it selects its text in the editor. */
export function CommentThread({ comment, replies, actingMemberId, active, inBody, onSelect }: ThreadProps) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [replying, setReplying] = useState(false);
  const resolved = comment.resolvedAt !== null;
  const store = reviewStore().getState();
  const toggleResolved = async () => {
    const result = await store.resolveComment(comment.id, !resolved);
    if (!result.ok) showError(result.error);
  };
  const classes = ['comment-card', active ? 'comment-card-active' : '', resolved ? 'comment-card-resolved' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid="comment-thread" data-comment-id={comment.id} onClick={onSelect}>
      {comment.quote && (
        <div className="comment-quote" title={comment.quote}>
          {inBody ? comment.quote : t('review.comments.rangeGone', { quote: comment.quote })}
        </div>
      )}
      <CommentLine comment={comment} mine={comment.memberId === actingMemberId} />
      {replies.map((reply) => (
        <div key={reply.id} className="comment-reply">
          <CommentLine comment={reply} mine={reply.memberId === actingMemberId} />
        </div>
      ))}
      <Space size={0} onClick={(e) => e.stopPropagation()}>
        <Button type="link" size="small" data-testid="comment-reply" onClick={() => setReplying(!replying)}>
          {t('review.comments.reply')}
        </Button>
        <Button type="link" size="small" data-testid="comment-resolve" onClick={() => void toggleResolved()}>
          {resolved ? t('review.comments.reopen') : t('review.comments.resolve')}
        </Button>
        {resolved && <Typography.Text type="secondary">{t('review.comments.resolved')}</Typography.Text>}
      </Space>
      {replying && (
        <CommentInput
          placeholder={t('review.comments.replyPlaceholder')}
          sendText={t('review.comments.send')}
          testId="comment-reply-input"
          onCancel={() => setReplying(false)}
          onSend={async (body) => {
            const result = await store.reply(comment.id, body);
            if (result.ok) setReplying(false);
            return result;
          }}
        />
      )}
    </div>
  );
}
