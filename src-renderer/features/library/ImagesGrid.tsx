import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedAsset } from '../../../src-shared/contract/library';
import { IMAGE_MIMES, MAX_IMAGE_BYTES } from '../../../src-shared/domain/library/image-info';
import { resolveAssetUrl } from '../../lib/assets';
import { formatBytes } from '../../lib/format';
import './library.css';

export interface ImagesGridProps {
  assets: ListedAsset[];
  loaded: boolean;
  uploading: boolean;
  onFiles(files: File[]): void;
  onRemove(asset: ListedAsset): void;
}

/** Where images come in: a picker and a drop zone (several files at once). */
function DropZone({ uploading, onFiles }: Pick<ImagesGridProps, 'uploading' | 'onFiles'>) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      className={`library-drop${over ? ' library-drop-active' : ''}`}
      data-testid="library-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Button type="primary" icon={<UploadOutlined />} loading={uploading} onClick={() => picker.current?.click()} data-testid="library-upload">
        {t('library.upload')}
      </Button>
      <span>{over ? t('library.dropNow') : t('library.dropHint', { maxMb: MAX_IMAGE_BYTES / 1024 / 1024 })}</span>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={IMAGE_MIMES.join(',')}
        data-testid="library-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}

function ImageCard({ asset, onRemove }: { asset: ListedAsset; onRemove(asset: ListedAsset): void }) {
  const { t } = useTranslation();
  const used = asset.usedIn.length;
  return (
    <Card
      size="small"
      data-testid="library-image"
      cover={
        <div className="library-image-thumb">
          <img src={resolveAssetUrl(`asset:${asset.id}`)} alt={asset.name} loading="lazy" />
        </div>
      }
      actions={[
        <Button key="delete" type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => onRemove(asset)} data-testid="library-image-delete">
          {t('library.delete')}
        </Button>,
      ]}
    >
      <Typography.Text ellipsis={{ tooltip: asset.name }} strong>
        {asset.name}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary">
          {t('library.size', { width: asset.width, height: asset.height })} · {formatBytes(asset.bytes)}
        </Typography.Text>
      </div>
      {used > 0 ? (
        <Tooltip title={asset.usedIn.map((use) => use.title).join('、')}>
          <Tag color="blue">{t('library.usedIn', { count: used })}</Tag>
        </Tooltip>
      ) : (
        <Typography.Text type="secondary">{t('library.unused')}</Typography.Text>
      )}
    </Card>
  );
}

/** The library's images: thumbnails with name, size in pixels and bytes, and the articles using them. */
export function ImagesGrid({ assets, loaded, uploading, onFiles, onRemove }: ImagesGridProps) {
  const { t } = useTranslation();
  return (
    <>
      <DropZone uploading={uploading} onFiles={onFiles} />
      {loaded && assets.length === 0 ? (
        <Empty description={t('library.imagesEmpty')} />
      ) : (
        <div className="library-images" data-testid="library-images">
          {assets.map((asset) => (
            <ImageCard key={asset.id} asset={asset} onRemove={onRemove} />
          ))}
        </div>
      )}
    </>
  );
}
