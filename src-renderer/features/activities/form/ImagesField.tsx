import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Image, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSET_SRC_PREFIX } from '../../../../src-shared/domain/library/asset-src';
import { resolveAssetUrl } from '../../../lib/assets';
import { useShowError } from '../../../lib/use-show-error';
import { uploadImage } from '../../library/store';

/** An activity image's address, from its library asset id. */
export const activityImageUrl = (assetId: string) => resolveAssetUrl(`${ASSET_SRC_PREFIX}${assetId}`);

interface Props {
  value: readonly string[];
  onChange: (assetIds: string[]) => void;
}

/** Photos and posters of the activity: uploaded into the library (the same image twice is one asset), shown as thumbnails. */
export function ImagesField({ value, onChange }: Props) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [uploading, setUploading] = useState(0);
  // Several files picked at once finish in any order; each adds to what the others left.
  let current = [...value];

  async function upload(file: File) {
    setUploading((n) => n + 1);
    try {
      const { src } = await uploadImage(file);
      const id = src.slice(ASSET_SRC_PREFIX.length);
      if (!current.includes(id)) current = [...current, id];
      onChange(current);
    } catch (error) {
      showError(error as Parameters<typeof showError>[0], `${file.name}：`);
    } finally {
      setUploading((n) => n - 1);
    }
  }

  return (
    <Space wrap align="start" data-testid="activity-form-images">
      {value.map((id) => (
        <div key={id} className="activity-image-thumb">
          <Image src={activityImageUrl(id)} width={96} height={96} style={{ objectFit: 'cover' }} alt="" />
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('activities.form.removeImage')} onClick={() => onChange(value.filter((v) => v !== id))} />
        </div>
      ))}
      <Upload
        multiple
        accept="image/png,image/jpeg,image/gif,image/webp"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading > 0} data-testid="activity-form-upload">
          {t('activities.form.upload')}
        </Button>
      </Upload>
    </Space>
  );
}
