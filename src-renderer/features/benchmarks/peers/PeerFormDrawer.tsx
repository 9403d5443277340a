import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Platform } from '../../../../src-shared/contract/accounts';
import { PeerInput, type PeerAccount } from '../../../../src-shared/contract/benchmarks';
import { DrawerForm, FormDrawer } from '../../../components/FormDrawer';
import { useZodForm } from '../../../lib/use-zod-form';
import { peersStore } from './store';

function initialOf(peer: PeerAccount | null): PeerInput {
  if (!peer) return { platform: 'wechat_subscription', name: '', handle: '', ownerCompany: '', industry: '', tags: [], reason: '' };
  const { platform, name, handle, ownerCompany, industry, tags, reason } = peer;
  return { platform, name, handle, ownerCompany, industry, tags, reason };
}

function PeerForm({ peer }: { peer: PeerAccount | null }) {
  const { t } = useTranslation();
  const form = useZodForm(PeerInput, initialOf(peer));
  const { values, set, status } = form;
  return (
    <DrawerForm form={form} testId="peer-form" saveTestId="peer-save" save={(input) => peersStore().getState().save(input, peer?.id)}>
      <Form.Item label={t('peers.field.platform')} required {...status('platform')}>
        <Select data-testid="peer-form-platform" value={values.platform} onChange={(v) => set('platform', v)} options={Platform.options.map((p) => ({ value: p, label: t(`accounts.platform.${p}`) }))} />
      </Form.Item>
      <Form.Item label={t('peers.field.name')} required {...status('name')}>
        <Input data-testid="peer-form-name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('peers.field.handle')} {...status('handle')}>
        <Input data-testid="peer-form-handle" value={values.handle} onChange={(e) => set('handle', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('peers.field.ownerCompany')} {...status('ownerCompany')}>
        <Input data-testid="peer-form-owner" value={values.ownerCompany} onChange={(e) => set('ownerCompany', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('peers.field.industry')} {...status('industry')}>
        <Input data-testid="peer-form-industry" value={values.industry} onChange={(e) => set('industry', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('peers.field.tags')} {...status('tags')}>
        <Select data-testid="peer-form-tags" mode="tags" placeholder={t('peers.field.tagsPlaceholder')} value={values.tags} onChange={(tags: string[]) => set('tags', tags)} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item label={t('peers.field.reason')} {...status('reason')}>
        <Input.TextArea data-testid="peer-form-reason" rows={3} placeholder={t('peers.field.reasonPlaceholder')} value={values.reason} onChange={(e) => set('reason', e.target.value)} />
      </Form.Item>
    </DrawerForm>
  );
}

export function PeerFormDrawer({ open, peer, onClose }: { open: boolean; peer: PeerAccount | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={520} title={peer ? t('peers.form.editTitle', { name: peer.name }) : t('peers.form.createTitle')}>
      <PeerForm key={peer?.id ?? 'new'} peer={peer} />
    </FormDrawer>
  );
}
