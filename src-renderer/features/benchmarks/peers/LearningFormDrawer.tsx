import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Form, Image, Input, Segmented, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEARNING_KINDS, LearningInput, type Learning, type LearningKind } from '../../../../src-shared/contract/benchmarks';
import { ASSET_SRC_PREFIX } from '../../../../src-shared/domain/library/asset-src';
import { DrawerForm, FormDrawer } from '../../../components/FormDrawer';
import { resolveAssetUrl } from '../../../lib/assets';
import { useShowError } from '../../../lib/use-show-error';
import { useZodForm } from '../../../lib/use-zod-form';
import { uploadImage } from '../../library/store';
import { peerPageStore } from './store';

/** A learning's example image, from its library asset id. */
export const learningImageUrl = (assetId: string) => resolveAssetUrl(`${ASSET_SRC_PREFIX}${assetId}`);

function initialOf(peerId: string, kind: LearningKind, learning: Learning | null): LearningInput {
  if (!learning) return { peerId, kind, text: '', link: '', assetId: null };
  return { peerId, kind: learning.kind, text: learning.text, link: learning.link, assetId: learning.assetId };
}

function LearningForm({ peerId, kind, learning }: { peerId: string; kind: LearningKind; learning: Learning | null }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const form = useZodForm(LearningInput, initialOf(peerId, kind, learning));
  const { values, set, status } = form;
  const [uploading, setUploading] = useState(false);

  async function upload(file: File) {
    setUploading(true);
    try {
      const { src } = await uploadImage(file);
      set('assetId', src.slice(ASSET_SRC_PREFIX.length));
    } catch (error) {
      showError(error as Parameters<typeof showError>[0], `${file.name}：`);
    } finally {
      setUploading(false);
    }
  }

  return (
    <DrawerForm form={form} testId="learning-form" saveTestId="learning-save" save={(input) => peerPageStore().getState().saveLearning(input, learning?.id)}>
      <Form.Item label={t('peers.learning.kind')} required {...status('kind')}>
        <Segmented<LearningKind> data-testid="learning-form-kind" value={values.kind} onChange={(v) => set('kind', v)} options={LEARNING_KINDS.map((k) => ({ value: k, label: t(`peers.learningKind.${k}`) }))} />
      </Form.Item>
      <Form.Item label={t('peers.learning.text')} required {...status('text')}>
        <Input.TextArea data-testid="learning-form-text" rows={4} placeholder={t('peers.learning.textPlaceholder')} value={values.text} onChange={(e) => set('text', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('peers.learning.link')} {...status('link')}>
        <Input data-testid="learning-form-link" placeholder={t('peers.learning.linkPlaceholder')} value={values.link} onChange={(e) => set('link', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('peers.learning.image')} {...status('assetId')}>
        <Space align="start">
          {values.assetId && <Image data-testid="learning-form-image" src={learningImageUrl(values.assetId)} width={120} alt="" />}
          <Upload
            accept="image/png,image/jpeg,image/gif,image/webp"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="learning-form-upload">
              {t('peers.learning.upload')}
            </Button>
          </Upload>
          {values.assetId && (
            <Button icon={<DeleteOutlined />} onClick={() => set('assetId', null)}>
              {t('peers.learning.removeImage')}
            </Button>
          )}
        </Space>
      </Form.Item>
    </DrawerForm>
  );
}

interface Props {
  open: boolean;
  peerId: string;
  /** The kind a new learning starts with (the group whose + was clicked). */
  kind: LearningKind;
  learning: Learning | null;
  onClose: () => void;
}

export function LearningFormDrawer({ open, peerId, kind, learning, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={560} title={t(learning ? 'peers.learning.editTitle' : 'peers.learning.createTitle')}>
      <LearningForm key={learning?.id ?? `new-${kind}`} peerId={peerId} kind={kind} learning={learning} />
    </FormDrawer>
  );
}
