import type { Editor } from '@tiptap/react';
import { App } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, type FailedCall } from '../../../lib/field-errors';
import { uploadImage } from '../../library/store';

// Images into the body: picked, pasted or dropped files go to the library (which refuses an
// unsupported type or a file over its size limit, with the reason, before sending a byte) and
// come back as `asset:<sha256>` image nodes, one after the other in the order given.

const UPLOADING = 'article-editor-upload';

const isFailedCall = (error: unknown): error is FailedCall => error instanceof Error && 'code' in error;

export function useImageInsert(editor: Editor) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const editorRef = useRef(editor);
  editorRef.current = editor;

  return useCallback(
    async (files: readonly File[], at?: number) => {
      let position = at;
      for (const [index, file] of files.entries()) {
        void message.loading({ key: UPLOADING, content: t('articleEditor.image.uploading', { index: index + 1, count: files.length }), duration: 0 });
        try {
          const { src } = await uploadImage(file);
          const current = editorRef.current;
          if (current.isDestroyed) return;
          const node = { type: 'image', attrs: { src, alt: file.name.replace(/\.[^.]+$/, '') } };
          const chain = current.chain().focus();
          (position === undefined ? chain.insertContent(node) : chain.insertContentAt(Math.min(position, current.state.doc.content.size), node)).run();
          position = position === undefined ? undefined : current.state.selection.to;
        } catch (error) {
          void message.error(t('articleEditor.image.refused', { name: file.name, reason: isFailedCall(error) ? errorText(t, error) : String(error) }));
        }
      }
      message.destroy(UPLOADING);
    },
    [message, t],
  );
}
