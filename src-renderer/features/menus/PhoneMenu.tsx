import { PlusOutlined } from '@ant-design/icons';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { MENU_MAX_SUB, MENU_MAX_TOP, type MenuNode } from '../../../src-shared/domain/menus/menu-rules';

interface Props {
  title: string;
  items: MenuNode[];
  selected: number[];
  /** Paths (joined with '.') that have an error, drawn in red. */
  errorPaths: ReadonlySet<string>;
  onSelect: (path: number[]) => void;
  onAddTop: () => void;
  onAddSub: (top: number) => void;
}

const GREEN = '#07c160';

function cellStyle(active: boolean, error: boolean): CSSProperties {
  return {
    flex: 1,
    border: 'none',
    borderLeft: '1px solid #e5e5e5',
    background: active ? '#e9f7ef' : '#fff',
    color: error ? '#ff4d4f' : active ? GREEN : '#333',
    outline: error ? '1px solid #ff4d4f' : 'none',
    outlineOffset: -2,
    cursor: 'pointer',
    fontSize: 13,
    padding: '0 4px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  };
}

/** A phone with WeChat's bottom menu bar: tap a top item to open its sub-menu above it. */
export function PhoneMenu({ title, items, selected, errorPaths, onSelect, onAddTop, onAddSub }: Props) {
  const { t } = useTranslation();
  const openTop = selected[0];
  const open = openTop === undefined ? undefined : items[openTop];
  const slots = items.length + (items.length < MENU_MAX_TOP ? 1 : 0);

  return (
    <div data-testid="menu-phone" style={{ width: 300, height: 520, border: '10px solid #222', borderRadius: 28, display: 'flex', flexDirection: 'column', overflow: 'hidden', background: '#ededed' }}>
      <div style={{ height: 44, display: 'grid', placeItems: 'center', background: '#f7f7f7', borderBottom: '1px solid #ddd', fontWeight: 600, fontSize: 14 }}>{title}</div>
      <div style={{ flex: 1, position: 'relative' }}>
        {open && openTop !== undefined && (
          <div
            data-testid="menu-sub-list"
            style={{
              position: 'absolute',
              bottom: 6,
              left: `calc(28px + ${openTop} * (100% - 28px) / ${slots})`,
              width: `calc((100% - 28px) / ${slots})`,
              minWidth: 84,
              background: '#fff',
              border: '1px solid #ddd',
              borderRadius: 4,
              boxShadow: '0 2px 8px rgba(0,0,0,.12)',
            }}
          >
            {open.children.map((sub, j) => (
              <button
                key={j}
                type="button"
                data-testid="menu-sub-item"
                onClick={() => onSelect([openTop, j])}
                style={{ ...cellStyle(selected[1] === j, errorPaths.has(`${openTop}.${j}`)), display: 'block', width: '100%', height: 40, borderLeft: 'none', borderBottom: '1px solid #eee' }}
              >
                {sub.name || t('menu.unnamed')}
              </button>
            ))}
            <button
              type="button"
              data-testid="menu-add-sub"
              disabled={open.children.length >= MENU_MAX_SUB}
              onClick={() => onAddSub(openTop)}
              style={{ display: 'block', width: '100%', height: 36, border: 'none', background: '#fafafa', color: open.children.length >= MENU_MAX_SUB ? '#bbb' : GREEN, cursor: 'pointer' }}
              title={t('menu.addSub')}
            >
              <PlusOutlined /> {t('menu.addSubShort')}
            </button>
          </div>
        )}
      </div>
      <div style={{ height: 50, display: 'flex', borderTop: '1px solid #ddd', background: '#fff' }}>
        <div style={{ width: 28, display: 'grid', placeItems: 'center', color: '#999', fontSize: 16 }}>⌨</div>
        {items.map((top, i) => (
          <button key={i} type="button" data-testid="menu-top-item" onClick={() => onSelect([i])} style={cellStyle(openTop === i && selected.length === 1, errorPaths.has(String(i)))}>
            {top.children.length > 0 ? '≡ ' : ''}
            {top.name || t('menu.unnamed')}
          </button>
        ))}
        {items.length < MENU_MAX_TOP && (
          <button type="button" data-testid="menu-add-top" onClick={onAddTop} style={{ ...cellStyle(false, false), color: GREEN }} title={t('menu.addTop')}>
            <PlusOutlined />
          </button>
        )}
      </div>
    </div>
  );
}
