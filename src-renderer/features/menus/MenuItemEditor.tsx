import { ArrowDownOutlined, ArrowLeftOutlined, ArrowRightOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../src-shared/contract/columns';
import { MENU_SUB_NAME_CHARS, MENU_TOP_NAME_CHARS, type MenuAction, type MenuNode } from '../../../src-shared/domain/menus/menu-rules';

interface Props {
  node: MenuNode;
  isTop: boolean;
  columns: Column[];
  onChange: (patch: Partial<MenuNode>) => void;
  onRemove: () => void;
  /** Moves the item left/up (-1) or right/down (+1); undefined where it cannot move that way. */
  onMove: (delta: -1 | 1) => void;
  canMove: { before: boolean; after: boolean };
}

function emptyAction(kind: MenuAction['kind']): MenuAction {
  switch (kind) {
    case 'column':
      return { kind, columnId: '' };
    case 'url':
      return { kind, url: 'https://' };
    case 'reply':
      return { kind, text: '' };
    case 'none':
      return { kind };
  }
}

function ActionFields({ action, columns, onChange }: { action: MenuAction; columns: Column[]; onChange: (a: MenuAction) => void }) {
  const { t } = useTranslation();
  switch (action.kind) {
    case 'column':
      return (
        <Form.Item label={t('menu.action.column')}>
          <Select
            data-testid="menu-action-column"
            placeholder={t('menu.pickColumn')}
            value={action.columnId || undefined}
            onChange={(columnId: string) => onChange({ kind: 'column', columnId })}
            options={columns.map((c) => ({ value: c.id, label: c.name }))}
            notFoundContent={t('menu.noColumns')}
          />
        </Form.Item>
      );
    case 'url':
      return (
        <Form.Item label={t('menu.action.url')}>
          <Input data-testid="menu-action-url" value={action.url} onChange={(e) => onChange({ kind: 'url', url: e.target.value })} />
        </Form.Item>
      );
    case 'reply':
      return (
        <Form.Item label={t('menu.action.reply')}>
          <Input.TextArea data-testid="menu-action-reply" rows={4} maxLength={600} showCount value={action.text} onChange={(e) => onChange({ kind: 'reply', text: e.target.value })} />
        </Form.Item>
      );
    case 'none':
      return null;
  }
}

/** Name and action of the selected menu item. */
export function MenuItemEditor({ node, isTop, columns, onChange, onRemove, onMove, canMove }: Props) {
  const { t } = useTranslation();
  const hasChildren = isTop && node.children.length > 0;
  return (
    <Form layout="vertical" data-testid="menu-item-editor">
      <Form.Item label={t(isTop ? 'menu.topName' : 'menu.subName')} extra={t('menu.nameHint', { max: isTop ? MENU_TOP_NAME_CHARS : MENU_SUB_NAME_CHARS })}>
        <Input data-testid="menu-item-name" value={node.name} onChange={(e) => onChange({ name: e.target.value })} />
      </Form.Item>
      {hasChildren ? (
        <Typography.Paragraph type="secondary">{t('menu.hasChildren')}</Typography.Paragraph>
      ) : (
        <>
          <Form.Item label={t('menu.actionLabel')}>
            <Radio.Group
              data-testid="menu-action-kind"
              optionType="button"
              value={node.action.kind === 'none' ? undefined : node.action.kind}
              onChange={(e) => onChange({ action: emptyAction(e.target.value as MenuAction['kind']) })}
              options={(['column', 'url', 'reply'] as const).map((kind) => ({ value: kind, label: t(`menu.action.${kind}`) }))}
            />
          </Form.Item>
          <ActionFields action={node.action} columns={columns} onChange={(action) => onChange({ action })} />
        </>
      )}
      <Space>
        <Button icon={isTop ? <ArrowLeftOutlined /> : <ArrowUpOutlined />} data-testid="menu-item-move-before" disabled={!canMove.before} onClick={() => onMove(-1)}>
          {t(isTop ? 'menu.moveLeft' : 'menu.moveUp')}
        </Button>
        <Button icon={isTop ? <ArrowRightOutlined /> : <ArrowDownOutlined />} data-testid="menu-item-move-after" disabled={!canMove.after} onClick={() => onMove(1)}>
          {t(isTop ? 'menu.moveRight' : 'menu.moveDown')}
        </Button>
        <Button danger icon={<DeleteOutlined />} data-testid="menu-item-remove" onClick={onRemove}>
          {t(isTop ? 'menu.removeTop' : 'menu.removeSub')}
        </Button>
      </Space>
    </Form>
  );
}
