import { App, Button, Drawer, Form, Space } from 'antd';
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveResult } from '../lib/result';

// Create and edit forms open in a side drawer: FormDrawer is the drawer (title, width, closing),
// DrawerForm the form inside it (fields, 保存 with its loading state, 取消, Ctrl+Enter). The form is
// mounted when the drawer opens, so each opening starts from the record's current values.

interface DrawerControl {
  /** Closes, first asking when the form holds unsaved changes (Esc, ×, the mask, 取消). */
  requestClose(): void;
  /** Closes at once: after a save or a delete. */
  close(): void;
  /** Whether the form holds unsaved changes; kept by DrawerForm. */
  dirty: RefObject<boolean>;
}

const DrawerContext = createContext<DrawerControl | null>(null);

interface FormDrawerProps {
  open: boolean;
  title: ReactNode;
  width: number;
  onClose: () => void;
  /** The form (a component holding a DrawerForm), mounted only while open. */
  children: ReactNode;
}

export function FormDrawer({ open, title, width, onClose, children }: FormDrawerProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const dirty = useRef(false);
  // The open "discard?" confirm, which leaves with the drawer (a page change must not orphan it).
  const asking = useRef<{ destroy(): void } | null>(null);
  useEffect(() => () => asking.current?.destroy(), []);
  const control = useMemo<DrawerControl>(
    () => ({
      close: onClose,
      dirty,
      requestClose() {
        if (!dirty.current) return onClose();
        if (asking.current) return;
        asking.current = modal.confirm({
          title: t('common.discardTitle'),
          content: t('common.discardHint'),
          okText: t('common.discard'),
          okButtonProps: { danger: true },
          cancelText: t('common.keepEditing'),
          // Enter or a second Esc keeps the work; only a deliberate click throws it away.
          autoFocusButton: 'cancel',
          onOk: onClose,
          afterClose: () => (asking.current = null),
        });
      },
    }),
    [onClose, modal, t],
  );
  return (
    <Drawer open={open} onClose={control.requestClose} size={width} destroyOnHidden title={title}>
      {open && <DrawerContext.Provider value={control}>{children}</DrawerContext.Provider>}
    </Drawer>
  );
}

/** What DrawerForm needs of a `useZodForm` form. */
interface SubmittableForm<Input> {
  dirty: boolean;
  submitting: boolean;
  submit<R>(save: (input: Input) => Promise<SaveResult<R>>): Promise<R | undefined>;
}

interface DrawerFormProps<Input, R> {
  form: SubmittableForm<Input>;
  /** `data-testid` of the form and of its 保存 button. */
  testId: string;
  saveTestId: string;
  save: (input: Input) => Promise<SaveResult<R>>;
  /** The message after a save (default 已保存); the drawer then closes. */
  savedText?: (saved: R) => string;
  /** Buttons after 保存 and 取消 (删除). */
  extraButtons?: ReactNode;
  children: ReactNode;
}

/** The form of a FormDrawer: saves through `form.submit`, then says so and closes. */
export function DrawerForm<Input, R>({ form, testId, saveTestId, save, savedText, extraButtons, children }: DrawerFormProps<Input, R>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const drawer = useContext(DrawerContext);
  if (!drawer) throw new Error('DrawerForm belongs inside a FormDrawer');
  const { dirty, close, requestClose } = drawer;

  useLayoutEffect(() => {
    dirty.current = form.dirty;
    return () => {
      dirty.current = false;
    };
  }, [dirty, form.dirty]);

  async function submit() {
    const saved = await form.submit(save);
    if (saved === undefined) return;
    void message.success(savedText ? savedText(saved) : t('common.saved'));
    close();
  }

  // Ctrl+Enter (⌘+Enter) saves from any field, a text area included. A plain Enter in a date or
  // time picker confirms what was typed there and must not submit the form (the browser's
  // implicit submission would save and close the drawer).
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void submit();
    } else if (event.target instanceof Element && event.target.closest('.ant-picker')) event.preventDefault();
  }

  return (
    <Form layout="vertical" data-testid={testId} onFinish={() => void submit()} onKeyDown={onKeyDown}>
      {children}
      <Space>
        <Button type="primary" htmlType="submit" loading={form.submitting} title={t('shortcuts.save')} data-testid={saveTestId}>
          {t('common.save')}
        </Button>
        <Button onClick={requestClose}>{t('common.cancel')}</Button>
        {extraButtons}
      </Space>
    </Form>
  );
}
