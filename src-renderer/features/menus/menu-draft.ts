import type { MenuNode } from '../../../src-shared/domain/menus/menu-rules';

// Immutable edits of a menu draft; a path is [top] or [top, sub].

export function nodeAt(items: MenuNode[], path: number[]): MenuNode | undefined {
  const [i, j] = path;
  const top = i === undefined ? undefined : items[i];
  return j === undefined ? top : top?.children[j];
}

export function updateAt(items: MenuNode[], path: number[], patch: Partial<MenuNode>): MenuNode[] {
  const [i, j] = path;
  return items.map((top, ti) => {
    if (ti !== i) return top;
    if (j === undefined) return { ...top, ...patch };
    return { ...top, children: top.children.map((sub, si) => (si === j ? { ...sub, ...patch } : sub)) };
  });
}

export function removeAt(items: MenuNode[], path: number[]): MenuNode[] {
  const [i, j] = path;
  if (j === undefined) return items.filter((_, ti) => ti !== i);
  return items.map((top, ti) => (ti === i ? { ...top, children: top.children.filter((_, si) => si !== j) } : top));
}

/** Swaps an item with its neighbour (delta -1: left/up, +1: right/down); returns the new path, or null at the edge. */
export function moveAt(items: MenuNode[], path: number[], delta: -1 | 1): { items: MenuNode[]; path: number[] } | null {
  const [i, j] = path;
  if (i === undefined) return null;
  const swap = <T>(list: T[], from: number): T[] | null => {
    const to = from + delta;
    if (to < 0 || to >= list.length) return null;
    const next = [...list];
    [next[from], next[to]] = [next[to]!, next[from]!];
    return next;
  };
  if (j === undefined) {
    const next = swap(items, i);
    return next && { items: next, path: [i + delta] };
  }
  const children = swap(items[i]!.children, j);
  return children && { items: items.map((top, ti) => (ti === i ? { ...top, children } : top)), path: [i, j + delta] };
}

export function addTop(items: MenuNode[], name: string): MenuNode[] {
  return [...items, { name, action: { kind: 'none' }, children: [] }];
}

/** Adds a sub-item; a top item that gets its first sub-item loses its own action (WeChat rule). */
export function addSub(items: MenuNode[], top: number, name: string): MenuNode[] {
  return items.map((item, ti) => (ti === top ? { ...item, action: { kind: 'none' }, children: [...item.children, { name, action: { kind: 'none' }, children: [] }] } : item));
}

/** Normalizes what the back end returned into the draft shape. */
export function toDraft(items: ReadonlyArray<{ name: string; action: MenuNode['action']; children?: ReadonlyArray<{ name: string; action: MenuNode['action'] }> }>): MenuNode[] {
  return items.map((top) => ({ name: top.name, action: top.action, children: (top.children ?? []).map((sub) => ({ name: sub.name, action: sub.action, children: [] })) }));
}
