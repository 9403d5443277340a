import { DeleteOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryItem } from '../../../src-shared/contract/library';
import { DocPreview } from './DocPreview';
import './library.css';

export interface ItemsGridProps {
  items: LibraryItem[];
  loaded: boolean;
  emptyText: string;
  onEdit(item: LibraryItem): void;
  onRemove(item: LibraryItem): void;
}

/** Templates or blocks as cards: name, category, the start of the content; preview in full, edit, delete (with undo). */
export function ItemsGrid({ items, loaded, emptyText, onEdit, onRemove }: ItemsGridProps) {
  const { t } = useTranslation();
  const [previewed, setPreviewed] = useState<LibraryItem | null>(null);
  if (loaded && items.length === 0) return <Empty description={emptyText} />;
  return (
    <>
      <div className="library-items" data-testid="library-items">
        {items.map((item) => (
          <Card
            key={item.id}
            size="small"
            data-testid="library-item"
            title={item.name}
            extra={item.kind === 'block' && item.name !== t(`library.category.${item.category}`) && <Tag>{t(`library.category.${item.category}`)}</Tag>}
            actions={[
              <Button key="preview" type="text" size="small" icon={<EyeOutlined />} onClick={() => setPreviewed(item)} data-testid="library-item-preview">
                {t('library.preview')}
              </Button>,
              <Button key="edit" type="text" size="small" icon={<EditOutlined />} onClick={() => onEdit(item)} data-testid="library-item-edit">
                {t('library.edit')}
              </Button>,
              <Button key="delete" type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => onRemove(item)} data-testid="library-item-delete">
                {t('library.delete')}
              </Button>,
            ]}
          >
            <div className="library-item-preview">
              <DocPreview doc={item.content} />
            </div>
          </Card>
        ))}
      </div>
      <Modal open={previewed !== null} title={previewed?.name} footer={null} width={440} onCancel={() => setPreviewed(null)}>
        {previewed && <DocPreview doc={previewed.content} testId="library-item-full" />}
      </Modal>
    </>
  );
}
