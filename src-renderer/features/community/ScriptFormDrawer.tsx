import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCRIPT_KINDS, ScriptInput, type Script, type ScriptKind } from '../../../src-shared/contract/community';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { useZodForm } from '../../lib/use-zod-form';
import { communityStore } from './store';

/** What the drawer edits: a script, or a new one of a kind in a group (null: a template). */
export type ScriptDraft = { script: Script } | { groupId: string | null; kind: ScriptKind };

function initialOf(draft: ScriptDraft): ScriptInput {
  if ('script' in draft) {
    const { groupId, kind, title, keyword, text } = draft.script;
    return { groupId, kind, title, keyword, text };
  }
  return { groupId: draft.groupId, kind: draft.kind, title: '', keyword: '', text: '' };
}

const fieldId = (name: string) => `script-${name}`;

function ScriptForm({ draft }: { draft: ScriptDraft }) {
  const { t } = useTranslation();
  const form = useZodForm(ScriptInput, initialOf(draft));
  const { values, set, status } = form;
  const id = 'script' in draft ? draft.script.id : undefined;

  return (
    <DrawerForm form={form} testId="script-form" saveTestId="script-save" save={(input) => communityStore().getState().saveScript(input, id)}>
      <Form.Item label={t('community.script.kind')} htmlFor={fieldId('kind')} required {...status('kind')}>
        <Select id={fieldId('kind')} data-testid="script-form-kind" value={values.kind} onChange={(kind) => set('kind', kind)} options={SCRIPT_KINDS.map((k) => ({ value: k, label: t(`community.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item label={t('community.script.title')} htmlFor={fieldId('title')} {...status('title')}>
        <Input id={fieldId('title')} data-testid="script-form-title" placeholder={t('community.script.titlePlaceholder')} value={values.title} onChange={(e) => set('title', e.target.value)} />
      </Form.Item>
      {values.kind === 'keyword' && (
        <Form.Item label={t('community.script.keyword')} htmlFor={fieldId('keyword')} required {...status('keyword')}>
          <Input id={fieldId('keyword')} data-testid="script-form-keyword" placeholder={t('community.script.keywordPlaceholder')} value={values.keyword} onChange={(e) => set('keyword', e.target.value)} />
        </Form.Item>
      )}
      <Form.Item label={t(values.kind === 'keyword' ? 'community.script.reply' : 'community.script.text')} htmlFor={fieldId('text')} required {...status('text')}>
        <Input.TextArea id={fieldId('text')} data-testid="script-form-text" autoSize={{ minRows: 5, maxRows: 16 }} value={values.text} onChange={(e) => set('text', e.target.value)} autoFocus />
      </Form.Item>
    </DrawerForm>
  );
}

export function ScriptFormDrawer({ draft, onClose }: { draft: ScriptDraft | null; onClose: () => void }) {
  const { t } = useTranslation();
  const editing = draft !== null && 'script' in draft;
  return (
    <FormDrawer open={draft !== null} onClose={onClose} width={560} title={t(editing ? 'community.script.editTitle' : 'community.script.createTitle')}>
      {draft && <ScriptForm key={'script' in draft ? draft.script.id : `${draft.groupId}:${draft.kind}`} draft={draft} />}
    </FormDrawer>
  );
}
