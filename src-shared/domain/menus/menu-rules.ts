// WeChat custom menu (自定义菜单) limits, from the official-account docs: at most 3 top-level
// items and 5 sub-items under each; a top item shows 4 Chinese characters (16 bytes) and a sub
// item 8 (the API refuses names over 16 / 60 bytes). A top item with sub-items has no action.

export const MENU_MAX_TOP = 3;
export const MENU_MAX_SUB = 5;
export const MENU_TOP_NAME_CHARS = 4;
export const MENU_SUB_NAME_CHARS = 8;
export const MENU_TOP_NAME_BYTES = 16;
export const MENU_SUB_NAME_BYTES = 60;

export type MenuAction = { kind: 'column'; columnId: string } | { kind: 'url'; url: string } | { kind: 'reply'; text: string } | { kind: 'none' };

export interface MenuNode {
  name: string;
  action: MenuAction;
  children: MenuNode[];
}

export interface MenuProblem {
  /** Index path: [top] or [top, sub]. */
  path: number[];
  /** Translation key under `menu.problems`. */
  code: 'tooManyTop' | 'tooManySub' | 'nameEmpty' | 'nameTooLong' | 'nameTruncated' | 'noAction' | 'badUrl' | 'emptyReply' | 'unknownColumn';
  severity: 'error' | 'warning';
  params?: Record<string, number | string>;
}

/** Display width as WeChat counts it: a CJK character counts 2 bytes-ish, latin 1; we count characters as a Chinese reader would. */
function displayChars(name: string): number {
  let width = 0;
  for (const ch of name) width += ch.codePointAt(0)! <= 0xff ? 0.5 : 1;
  return width;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function checkAction(action: MenuAction, path: number[], columnIds: ReadonlySet<string>): MenuProblem[] {
  switch (action.kind) {
    case 'none':
      return [{ path, code: 'noAction', severity: 'error' }];
    case 'url':
      return /^https?:\/\/[^\s]+\.[^\s]+/.test(action.url) ? [] : [{ path, code: 'badUrl', severity: 'error' }];
    case 'reply':
      return action.text.trim() ? [] : [{ path, code: 'emptyReply', severity: 'error' }];
    case 'column':
      return columnIds.has(action.columnId) ? [] : [{ path, code: 'unknownColumn', severity: 'error' }];
  }
}

function checkName(name: string, path: number[], maxChars: number, maxBytes: number): MenuProblem[] {
  if (!name.trim()) return [{ path, code: 'nameEmpty', severity: 'error' }];
  if (utf8Bytes(name) > maxBytes) return [{ path, code: 'nameTooLong', severity: 'error', params: { max: maxChars } }];
  if (displayChars(name) > maxChars) return [{ path, code: 'nameTruncated', severity: 'warning', params: { max: maxChars } }];
  return [];
}

/** Every problem of a menu; errors block saving, warnings do not. */
export function checkMenu(menu: MenuNode[], columnIds: ReadonlySet<string>): MenuProblem[] {
  const problems: MenuProblem[] = [];
  if (menu.length > MENU_MAX_TOP) problems.push({ path: [], code: 'tooManyTop', severity: 'error', params: { max: MENU_MAX_TOP } });
  menu.forEach((top, i) => {
    problems.push(...checkName(top.name, [i], MENU_TOP_NAME_CHARS, MENU_TOP_NAME_BYTES));
    if (top.children.length > MENU_MAX_SUB) problems.push({ path: [i], code: 'tooManySub', severity: 'error', params: { max: MENU_MAX_SUB } });
    if (top.children.length === 0) problems.push(...checkAction(top.action, [i], columnIds));
    top.children.forEach((sub, j) => {
      problems.push(...checkName(sub.name, [i, j], MENU_SUB_NAME_CHARS, MENU_SUB_NAME_BYTES));
      problems.push(...checkAction(sub.action, [i, j], columnIds));
    });
  });
  return problems;
}
