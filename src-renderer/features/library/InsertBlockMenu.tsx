import { AppstoreAddOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LibraryItemCategory, type LibraryItem } from '../../../src-shared/contract/library';
import type { DocNode } from '../../../src-shared/domain/articles/doc';

export interface InsertBlockMenuProps {
  /** The library's blocks (`useLibraryItems((s) => s.rows)` filtered to kind 'block'); templates are ignored. */
  blocks: readonly LibraryItem[];
  /** Called with the block's `doc` node: insert its `content` at the cursor. */
  onInsert(content: DocNode): void;
  disabled?: boolean;
}

/** 插入模块: the library's blocks by category, one click inserts one (for the editor's toolbar). */
export function InsertBlockMenu({ blocks, onInsert, disabled }: InsertBlockMenuProps) {
  const { t } = useTranslation();
  const usable = blocks.filter((b) => b.kind === 'block');
  const items: MenuProps['items'] = LibraryItemCategory.options
    .map((category) => ({ category, members: usable.filter((b) => b.category === category) }))
    .filter(({ members }) => members.length > 0)
    .map(({ category, members }) => ({
      type: 'group' as const,
      key: category,
      label: t(`library.category.${category}`),
      children: members.map((block) => ({ key: block.id, label: block.name, 'data-testid': 'insert-block-item' })),
    }));
  const onClick: MenuProps['onClick'] = ({ key }) => {
    const block = usable.find((b) => b.id === key);
    if (block) onInsert(block.content);
  };
  return (
    <Dropdown menu={{ items: items.length > 0 ? items : [{ key: 'none', label: t('library.noBlocks'), disabled: true }], onClick }} trigger={['click']} disabled={disabled}>
      <Button icon={<AppstoreAddOutlined />} data-testid="insert-block">
        {t('library.insertBlock')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
