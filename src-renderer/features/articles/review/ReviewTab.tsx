import type { Editor } from '@tiptap/core';
import { Divider } from 'antd';
import { CommentsPanel } from './CommentsPanel';
import { ReviewPanel } from './ReviewPanel';

/** The side panel's 审核与批注 tab: the review above, the anchored comments below. */
export function ReviewTab({ articleId, editor }: { articleId: string; editor: Editor | null }) {
  return (
    <div data-testid="review-tab">
      <ReviewPanel articleId={articleId} />
      <Divider style={{ margin: '16px 0' }} />
      <CommentsPanel articleId={articleId} editor={editor} />
    </div>
  );
}
