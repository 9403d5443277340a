import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LINT_WORD_CATEGORIES } from '../../../src-shared/domain/articles/lint-types';
import { LintWordInput, type LintWordEntry } from '../../../src-shared/contract/lint-words';
import { useZodForm } from '../../lib/use-zod-form';
import { lintWordsStore } from './store';

interface Props {
  /** The word edited, or null to add one. */
  word: LintWordEntry | null;
  onClose(): void;
}

/** 添加词语 / 修改: the word (fixed once it exists), its category, reason and suggested rewording. */
export function WordFormModal({ word, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(LintWordInput, {
    word: word?.word ?? '',
    category: word?.category ?? 'custom',
    reason: word?.reason ?? '',
    suggestion: word?.suggestion ?? '',
  });
  const { values, set, status } = form;

  async function save() {
    const saved = await form.submit(({ word: text, ...patch }) =>
      word
        ? lintWordsStore().getState().update(word.word, patch)
        : lintWordsStore()
            .getState()
            .add({ word: text, ...patch }),
    );
    if (!saved) return;
    void message.success(t('lintWords.saved', { word: saved.word }));
    onClose();
  }

  return (
    <Modal
      open
      title={word ? t('lintWords.editTitle', { word: word.word }) : t('lintWords.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={form.submitting}
      onOk={() => void save()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'lint-word-save' }}
    >
      <Form layout="vertical">
        <Form.Item label={t('lintWords.columns.word')} htmlFor="lint-word-word" {...status('word')}>
          <Input id="lint-word-word" data-testid="lint-word-word" disabled={word !== null} value={values.word} onChange={(e) => set('word', e.target.value)} />
        </Form.Item>
        <Form.Item label={t('lintWords.columns.category')} {...status('category')}>
          <Select
            data-testid="lint-word-category"
            value={values.category}
            onChange={(category) => set('category', category)}
            options={LINT_WORD_CATEGORIES.map((category) => ({ value: category, label: t(`lint.category.${category}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('lintWords.columns.reason')} htmlFor="lint-word-reason" {...status('reason')}>
          <Input.TextArea id="lint-word-reason" autoSize={{ minRows: 2 }} value={values.reason} onChange={(e) => set('reason', e.target.value)} />
        </Form.Item>
        <Form.Item label={t('lintWords.columns.suggestion')} htmlFor="lint-word-suggestion" {...status('suggestion')}>
          <Input id="lint-word-suggestion" data-testid="lint-word-suggestion" value={values.suggestion} onChange={(e) => set('suggestion', e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
