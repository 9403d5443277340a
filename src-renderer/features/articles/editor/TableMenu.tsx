import { TableOutlined } from '@ant-design/icons';
import type { Editor } from '@tiptap/react';
import { Button, Dropdown, Tooltip, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** Inserts a table, or edits the one the cursor is in (rows, columns, removal). */
export function TableMenu({ editor, inTable }: { editor: Editor; inTable: boolean }) {
  const { t } = useTranslation();
  const run = () => editor.chain().focus();
  const items: MenuProps['items'] = [
    { key: 'insert', label: t('articleEditor.toolbar.insertTable'), disabled: inTable, onClick: () => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    { type: 'divider' },
    { key: 'addRow', label: t('articleEditor.toolbar.addRowAfter'), disabled: !inTable, onClick: () => run().addRowAfter().run() },
    { key: 'addColumn', label: t('articleEditor.toolbar.addColumnAfter'), disabled: !inTable, onClick: () => run().addColumnAfter().run() },
    { key: 'deleteRow', label: t('articleEditor.toolbar.deleteRow'), disabled: !inTable, onClick: () => run().deleteRow().run() },
    { key: 'deleteColumn', label: t('articleEditor.toolbar.deleteColumn'), disabled: !inTable, onClick: () => run().deleteColumn().run() },
    { key: 'deleteTable', label: t('articleEditor.toolbar.deleteTable'), disabled: !inTable, danger: true, onClick: () => run().deleteTable().run() },
  ];
  return (
    <Tooltip title={t('articleEditor.toolbar.table')}>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button type={inTable ? 'primary' : 'text'} ghost={inTable} size="small" aria-label={t('articleEditor.toolbar.table')} icon={<TableOutlined />} />
      </Dropdown>
    </Tooltip>
  );
}
