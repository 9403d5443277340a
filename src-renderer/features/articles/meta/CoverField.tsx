import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverCrop } from '../../../../src-shared/contract/articles';
import { resolveAssetUrl } from '../../../lib/assets';
import { ASSET_SRC_PREFIX } from '../../../../src-shared/domain/library/asset-src';
import type { SaveResult } from '../../../lib/result';
import { useShowError } from '../../../lib/use-show-error';
import { centredCrop, COVER_RATIOS, cropBackground, type CoverShape } from './crop';
import { CoverCropper } from './CoverCropper';

export interface CoverValue {
  coverAssetId?: string | null;
  coverWideCrop?: CoverCrop | null;
  coverSquareCrop?: CoverCrop | null;
}

interface Props {
  value: CoverValue;
  onChange: (patch: CoverValue) => void;
  /** Stores the image in the library; answers its asset id and size. */
  upload: (file: File) => Promise<SaveResult<{ id: string; width: number; height: number }>>;
}

const CROP_KEY = { wide: 'coverWideCrop', square: 'coverSquareCrop' } as const;
const SHAPES: CoverShape[] = ['wide', 'square'];

/** The cover: an image from this computer, its 2.35:1 and 1:1 crops (a frame to drag over the image), and both as the reader sees them. */
export function CoverField({ value, onChange, upload }: Props) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [shape, setShape] = useState<CoverShape>('wide');
  const [uploading, setUploading] = useState(false);
  // The image's width / height, known once it loads (or from the upload's answer).
  const [aspect, setAspect] = useState<number | null>(null);
  const src = value.coverAssetId ? resolveAssetUrl(`${ASSET_SRC_PREFIX}${value.coverAssetId}`) : undefined;
  const cropOf = (which: CoverShape) => (aspect ? (value[CROP_KEY[which]] ?? centredCrop(COVER_RATIOS[which], aspect)) : null);

  async function pick(file: File) {
    setUploading(true);
    const result = await upload(file);
    setUploading(false);
    if (!result.ok) return showError(result.error, t('articles.meta.cover.uploadFailed'));
    const { id, width, height } = result.data;
    const imageAspect = width / height;
    setAspect(imageAspect);
    // A new image starts with both crops centred, stored, so the export uses what the preview shows.
    onChange({ coverAssetId: id, coverWideCrop: centredCrop(COVER_RATIOS.wide, imageAspect), coverSquareCrop: centredCrop(COVER_RATIOS.square, imageAspect) });
  }

  const uploadButton = (
    <Upload accept="image/png,image/jpeg,image/gif,image/webp" showUploadList={false} beforeUpload={(file) => (void pick(file), false)}>
      <Button icon={<UploadOutlined />} loading={uploading} data-testid="cover-upload">
        {src ? t('articles.meta.cover.replace') : t('articles.meta.cover.upload')}
      </Button>
    </Upload>
  );
  if (!src)
    return (
      <Space direction="vertical" size={4}>
        {uploadButton}
        <Typography.Text type="secondary">{t('articles.meta.cover.hint')}</Typography.Text>
      </Space>
    );

  const crop = cropOf(shape);
  return (
    <div className="cover-field" data-testid="cover-field">
      {/* Loaded once for its size; the cropper shows it when the size is known. */}
      {!aspect && <img src={src} alt="" style={{ display: 'none' }} onLoad={(e) => setAspect(e.currentTarget.naturalWidth / e.currentTarget.naturalHeight)} />}
      <Space className="cover-field__bar">
        <Segmented size="small" data-testid="cover-shape" value={shape} onChange={(next) => setShape(next as CoverShape)} options={SHAPES.map((s) => ({ value: s, label: t(`articles.meta.cover.${s}`) }))} />
        {uploadButton}
        <Button icon={<DeleteOutlined />} onClick={() => onChange({ coverAssetId: null, coverWideCrop: null, coverSquareCrop: null })} data-testid="cover-remove">
          {t('articles.meta.cover.remove')}
        </Button>
      </Space>
      {aspect && crop && <CoverCropper src={src} crop={crop} ratio={COVER_RATIOS[shape]} aspect={aspect} onChange={(next) => onChange({ [CROP_KEY[shape]]: next })} />}
      <div className="cover-field__previews">
        {SHAPES.map((which) => {
          const shown = cropOf(which);
          return (
            <button type="button" key={which} className={`cover-preview cover-preview--${which}${which === shape ? ' cover-preview--active' : ''}`} onClick={() => setShape(which)} data-testid={`cover-preview-${which}`}>
              <span className="cover-preview__image" style={shown ? cropBackground(src, shown) : undefined} />
              <span className="cover-preview__label">{t(`articles.meta.cover.${which}Preview`)}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
