import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Alert, App, Spin } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { IMAGE_MIMES } from '../../../../src-shared/domain/library/image-info';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { bodyExtensions } from './extensions';
import { bodyStore, useBody } from './store';
import { EditorStatusBar } from './EditorStatusBar';
import { Toolbar } from './Toolbar';
import { useImageInsert } from './use-image-insert';
import { useLiveLint, type LintFields } from './use-live-lint';
import './editor.css';

export interface ArticleEditorProps {
  articleId: string;
  /** The editor, once its body is loaded (the page passes it to the outline, the checks, the status bar). */
  onReady?(editor: Editor): void;
  readOnly?: boolean;
  /** The title, author and digest the live check reads with the body (its body findings are marked in the editor). */
  lintFields?: LintFields;
}

/** The article's body in TipTap, bound to its Yjs document and saved as the operator types. */
export function ArticleEditor({ articleId, onReady, readOnly = false, lintFields }: ArticleEditorProps) {
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
  return <BodyEditor key={articleId} articleId={articleId} ydoc={body.ydoc} onReady={onReady} readOnly={readOnly} lintFields={lintFields} />;
}

interface BodyEditorProps extends Omit<ArticleEditorProps, 'readOnly'> {
  ydoc: Y.Doc;
  readOnly: boolean;
}

function BodyEditor({ articleId, ydoc, onReady, readOnly, lintFields }: BodyEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const insertImagesRef = useRef<(files: File[], at?: number) => void>(() => undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const extensions = useMemo(
    () =>
      bodyExtensions({
        ydoc,
        placeholder: t('articleEditor.placeholder'),
        onImageFiles: (files, at) => insertImagesRef.current(files, at),
        onPasteNotice: (notice) => {
          if (notice.kind === 'asText') void message.warning(t('articleEditor.paste.asText', { megabytes: notice.megabytes }));
          else void message.error(t('articleEditor.paste.tooLong', { chars: notice.chars }));
        },
      }),
    [ydoc, t, message],
  );
  const editor = useEditor({ extensions, editable: !readOnly, immediatelyRender: true, shouldRerenderOnTransaction: false }, [extensions]);

  const insertImages = useImageInsert(editor);
  insertImagesRef.current = (files, at) => void insertImages(files, at);
  useLiveLint(editor, articleId, lintFields);

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  useEffect(() => {
    onReady?.(editor);
  }, [editor, onReady]);

  return (
    <div className="article-editor">
      {!readOnly && <Toolbar editor={editor} onPickImages={() => fileInput.current?.click()} />}
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept={IMAGE_MIMES.join(',')}
        data-testid="editor-image-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void insertImages(files);
        }}
      />
      <EditorContent editor={editor} className="article-editor__body" data-testid="article-body" />
      <EditorStatusBar editor={editor} />
    </div>
  );
}
