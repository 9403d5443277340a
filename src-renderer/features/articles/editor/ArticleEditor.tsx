import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Alert, App, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { bodyExtensions } from './extensions';
import { bodyStore, useBody } from './store';
import { EditorStatusBar } from './EditorStatusBar';
import { Toolbar } from './Toolbar';
import './editor.css';

export interface ArticleEditorProps {
  articleId: string;
  /** The editor, once its body is loaded (the page passes it to the outline, the checks, the status bar). */
  onReady?(editor: Editor): void;
  readOnly?: boolean;
}

/** The article's body in TipTap, bound to its Yjs document and saved as the operator types. */
export function ArticleEditor({ articleId, onReady, readOnly = false }: ArticleEditorProps) {
  const { t } = useTranslation();
  const body = useBody((state) => state.body);
  const loadError = useBody((state) => state.loadError);

  useEffect(() => {
    void bodyStore().getState().open(articleId);
    return () => void bodyStore().getState().close(articleId);
  }, [articleId]);

  if (loadError) return <Alert type="error" showIcon message={t('articleEditor.loadFailed', { message: loadError.message })} />;
  if (body?.articleId !== articleId)
    return (
      <Spin tip={t('articleEditor.loading')}>
        <div className="article-editor__loading" />
      </Spin>
    );
  return <BodyEditor key={articleId} ydoc={body.ydoc} onReady={onReady} readOnly={readOnly} />;
}

function BodyEditor({ ydoc, onReady, readOnly }: { ydoc: Y.Doc; onReady?(editor: Editor): void; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const extensions = useMemo(
    () =>
      bodyExtensions({
        ydoc,
        placeholder: t('articleEditor.placeholder'),
        onPasteNotice: (notice) => {
          if (notice.kind === 'asText') void message.warning(t('articleEditor.paste.asText', { megabytes: notice.megabytes }));
          else void message.error(t('articleEditor.paste.tooLong', { chars: notice.chars }));
        },
      }),
    [ydoc, t, message],
  );
  const editor = useEditor({ extensions, editable: !readOnly, immediatelyRender: true, shouldRerenderOnTransaction: false }, [extensions]);

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  useEffect(() => {
    onReady?.(editor);
  }, [editor, onReady]);

  return (
    <div className="article-editor">
      {!readOnly && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="article-editor__body" data-testid="article-body" />
      <EditorStatusBar editor={editor} />
    </div>
  );
}
