import { CommentOutlined } from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { Button, Empty, Flex, Switch, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../src-shared/contract/article-review';
import { groupBy } from '../../../lib/group-by';
import { anchorOfSelection, commentRange } from './comment-anchors';
import { CommentInput, CommentThread } from './CommentThread';
import { reviewStore, useReview } from './store';
import './review.css';

// 批注: comments anchored to ranges of the body. The editor (with the CommentAnchors extension)
// highlights their ranges; clicking a comment selects its text, clicking highlighted text opens
// its comment; a new comment is made on the editor's current selection.

/** Whether the editor has the CommentAnchors extension (the panel still lists comments without it). */
const hasAnchors = (editor: Editor | null): editor is Editor => !!editor && 'setCommentAnchors' in editor.commands;

/** Whether the editor has a non-empty selection, updated as it changes. */
function useHasSelection(editor: Editor | null): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    if (!editor) return;
    const update = () => setHas(!editor.state.selection.empty);
    update();
    editor.on('selectionUpdate', update);
    return () => void editor.off('selectionUpdate', update);
  }, [editor]);
  return has;
}

/** Shows the comments' ranges in the editor and opens a comment when its highlighted text is clicked. */
function useAnchorsInEditor(editor: Editor | null, roots: readonly Comment[], activeId: string | null, onActivate: (id: string) => void): void {
  useEffect(() => {
    if (hasAnchors(editor)) editor.commands.setCommentAnchors(roots.map((c) => ({ id: c.id, anchor: c.anchor, resolved: c.resolvedAt !== null })));
  }, [editor, roots]);
  useEffect(() => {
    if (hasAnchors(editor)) editor.commands.setActiveComment(activeId);
  }, [editor, activeId]);
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-comment-id]')?.dataset.commentId;
      if (id) onActivate(id);
    };
    dom.addEventListener('click', onClick);
    return () => dom.removeEventListener('click', onClick);
  }, [editor, onActivate]);
}

/** The article's anchored comments beside its editor. */
export function CommentsPanel({ articleId, editor }: { articleId: string; editor: Editor | null }) {
  const { t } = useTranslation();
  const comments = useReview((s) => (s.articleId === articleId ? s.comments : null));
  const actingMemberId = useReview((s) => s.review?.actingMemberId ?? null);
  const [showResolved, setShowResolved] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ anchor: string; quote: string } | null>(null);
  const hasSelection = useHasSelection(editor);

  useEffect(() => void reviewStore().getState().open(articleId), [articleId]);

  const roots = useMemo(() => (comments ?? []).filter((c) => c.parentId === null), [comments]);
  const repliesOf = useMemo(
    () =>
      groupBy(
        (comments ?? []).filter((c) => c.parentId !== null),
        (c) => c.parentId!,
      ),
    [comments],
  );
  useAnchorsInEditor(editor, roots, activeId, setActiveId);

  const select = (comment: Comment) => {
    setActiveId(comment.id);
    const range = editor && commentRange(editor.state, comment.id);
    if (editor && range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  const startComment = () => editor && setDraft(anchorOfSelection(editor.state));
  const shown = roots.filter((c) => showResolved || c.resolvedAt === null);
  const resolvedCount = roots.length - roots.filter((c) => c.resolvedAt === null).length;

  return (
    <div className="comments-panel" data-testid="comments-panel">
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('review.comments.title')} {roots.length > 0 && <Typography.Text type="secondary">{roots.length - resolvedCount}</Typography.Text>}
        </Typography.Title>
        <Tooltip title={hasSelection ? undefined : t('review.comments.selectFirst')}>
          <Button icon={<CommentOutlined />} data-testid="comment-add" disabled={!hasSelection || !hasAnchors(editor)} onMouseDown={(e) => e.preventDefault()} onClick={startComment}>
            {t('review.comments.add')}
          </Button>
        </Tooltip>
      </Flex>
      {draft && (
        <div className="comment-card comment-card-active">
          <div className="comment-quote">{draft.quote}</div>
          <CommentInput
            placeholder={t('review.comments.addPlaceholder')}
            sendText={t('review.comments.send')}
            testId="comment-new"
            onCancel={() => setDraft(null)}
            onSend={async (body) => {
              const result = await reviewStore()
                .getState()
                .addComment({ ...draft, body });
              if (result.ok) {
                setDraft(null);
                setActiveId(result.data.id);
              }
              return result;
            }}
          />
        </div>
      )}
      {resolvedCount > 0 && (
        <Flex gap={8} align="center">
          <Switch size="small" checked={showResolved} onChange={setShowResolved} data-testid="comments-show-resolved" />
          <Typography.Text type="secondary">{t('review.comments.showResolved', { count: resolvedCount })}</Typography.Text>
        </Flex>
      )}
      {shown.length === 0 && !draft && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.comments.empty')} />}
      {shown.map((comment) => (
        <CommentThread
          key={comment.id}
          comment={comment}
          replies={repliesOf.get(comment.id) ?? []}
          actingMemberId={actingMemberId}
          active={comment.id === activeId}
          inBody={!editor || !hasAnchors(editor) || commentRange(editor.state, comment.id) !== null}
          onSelect={() => select(comment)}
        />
      ))}
    </div>
  );
}
