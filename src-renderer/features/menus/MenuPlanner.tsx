import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../src-shared/contract/columns';
import type { MenuTopItem } from '../../../src-shared/contract/menus';
import { checkMenu, MENU_MAX_SUB, MENU_MAX_TOP, type MenuNode } from '../../../src-shared/domain/menus/menu-rules';
import { useAccounts } from '../accounts/store';
import { columnsStore, useColumns } from '../columns/store';
import { MenuItemEditor } from './MenuItemEditor';
import { MenuProblems } from './MenuProblems';
import { addSub, addTop, moveAt, nodeAt, removeAt, toDraft, updateAt } from './menu-draft';
import { menusStore, useMenus } from './store';
import { PhoneMenu } from './PhoneMenu';
import { useShowError } from '../../lib/use-show-error';

const NO_COLUMNS: Column[] = [];

export function MenuPlanner({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const saved = useMenus((s) => s.byAccount[accountId]);
  const columns = useColumns((s) => s.byAccount[accountId] ?? NO_COLUMNS);
  const accountName = useAccounts((s) => s.rows.find((a) => a.id === accountId)?.name ?? '');
  const [draft, setDraft] = useState<MenuNode[] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void menusStore().getState().load(accountId);
    void columnsStore().getState().load(accountId);
  }, [accountId]);

  const savedDraft = useMemo(() => (saved ? toDraft(saved.items) : null), [saved]);
  const items = useMemo(() => draft ?? savedDraft ?? [], [draft, savedDraft]);
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(savedDraft);
  const problems = useMemo(() => checkMenu(items, new Set(columns.map((c) => c.id))), [items, columns]);
  const hasErrors = problems.some((p) => p.severity === 'error');
  const errorPaths = useMemo(() => new Set(problems.filter((p) => p.severity === 'error').map((p) => p.path.join('.'))), [problems]);

  // An unsaved menu is not lost silently: closing or reloading the page asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!saved) return <Spin />;

  const edit = (next: MenuNode[], select?: number[]) => {
    setDraft(next);
    if (select) setSelected(select);
  };
  const node = nodeAt(items, selected);
  const openTop = selected[0];
  const canAddSub = openTop !== undefined && (items[openTop]?.children.length ?? 0) < MENU_MAX_SUB;

  async function save() {
    setSaving(true);
    const result = await menusStore()
      .getState()
      .save(accountId, items as MenuTopItem[]);
    setSaving(false);
    if (result.ok) {
      setDraft(null);
      void message.success(t('menu.saved'));
    } else {
      showError(result.error);
    }
  }

  return (
    <Row gutter={24} data-testid="menu-planner">
      <Col flex="320px">
        <PhoneMenu
          title={accountName}
          items={items}
          selected={selected}
          errorPaths={errorPaths}
          onSelect={setSelected}
          onAddTop={() => edit(addTop(items, t('menu.newTop')), [items.length])}
          onAddSub={(top) => edit(addSub(items, top, t('menu.newSub')), [top, items[top]!.children.length])}
        />
      </Col>
      <Col flex="auto" style={{ minWidth: 320 }}>
        <Space style={{ marginBottom: 12 }} wrap>
          <Button icon={<PlusOutlined />} data-testid="menu-add-top-button" disabled={items.length >= MENU_MAX_TOP} onClick={() => edit(addTop(items, t('menu.newTop')), [items.length])}>
            {t('menu.addTop')}
          </Button>
          <Button
            icon={<PlusOutlined />}
            data-testid="menu-add-sub-button"
            disabled={!canAddSub}
            onClick={() => openTop !== undefined && edit(addSub(items, openTop, t('menu.newSub')), [openTop, items[openTop]!.children.length])}
          >
            {t('menu.addSub')}
          </Button>
          <Typography.Text type="secondary">{t('menu.limits', { top: MENU_MAX_TOP, sub: MENU_MAX_SUB })}</Typography.Text>
        </Space>
        <Card size="small" style={{ marginBottom: 16 }}>
          {node ? (
            <MenuItemEditor
              node={node}
              isTop={selected.length === 1}
              columns={columns}
              onChange={(patch) => edit(updateAt(items, selected, patch))}
              onRemove={() => edit(removeAt(items, selected), [])}
              canMove={{ before: moveAt(items, selected, -1) !== null, after: moveAt(items, selected, 1) !== null }}
              onMove={(delta) => {
                const moved = moveAt(items, selected, delta);
                if (moved) edit(moved.items, moved.path);
              }}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(items.length ? 'menu.pickItem' : 'menu.empty')} />
          )}
        </Card>
        <MenuProblems items={items} problems={problems} onSelect={setSelected} />
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" data-testid="menu-save" loading={saving} disabled={hasErrors || !dirty} onClick={() => void save()}>
            {t('common.save')}
          </Button>
          <Button data-testid="menu-reset" disabled={!dirty} onClick={() => edit(savedDraft ?? [], [])}>
            {t('menu.reset')}
          </Button>
          {hasErrors && <Typography.Text type="danger">{t('menu.fixErrors')}</Typography.Text>}
        </Space>
      </Col>
    </Row>
  );
}
