import type { Editor } from '@tiptap/react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebUrl } from './extensions';

interface LinkDialogProps {
  editor: Editor;
  open: boolean;
  onClose(): void;
}

/** Adds or edits the link on the selection (or inserts linked text); http and https only. */
export function LinkDialog({ editor, open, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!open) return;
    editor.commands.extendMarkRange('link');
    const { from, to } = editor.state.selection;
    const href = (editor.getAttributes('link').href as string | undefined) ?? '';
    setEditing(href !== '');
    setUrl(href);
    setText(editor.state.doc.textBetween(from, to, ' '));
    setInvalid(false);
  }, [open, editor]);

  const apply = () => {
    const address = url.trim();
    if (!isWebUrl(address)) return setInvalid(true);
    const chain = editor.chain().focus();
    if (editor.state.selection.empty) chain.insertContent({ type: 'text', text: text.trim() || address, marks: [{ type: 'link', attrs: { href: address } }] }).run();
    else chain.extendMarkRange('link').setLink({ href: address }).run();
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={editing ? t('articleEditor.link.editTitle') : t('articleEditor.link.title')}
      onOk={apply}
      onCancel={onClose}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {editing && (
            <Button danger onClick={remove}>
              {t('articleEditor.link.remove')}
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form layout="vertical" onFinish={apply}>
        {editor.state.selection.empty && (
          <Form.Item label={t('articleEditor.link.text')}>
            <Input value={text} onChange={(event) => setText(event.target.value)} maxLength={200} />
          </Form.Item>
        )}
        <Form.Item label={t('articleEditor.link.url')} validateStatus={invalid ? 'error' : undefined} help={invalid ? t('articleEditor.link.invalid') : undefined}>
          <Input
            autoFocus
            value={url}
            placeholder={t('articleEditor.link.urlPlaceholder')}
            onChange={(event) => {
              setUrl(event.target.value);
              setInvalid(false);
            }}
            onPressEnter={apply}
            maxLength={500}
          />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon message={t('articleEditor.link.hint')} />
    </Modal>
  );
}
