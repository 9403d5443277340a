import type { Messages } from '../messages';
import type { menusZhCN } from './zh-CN';

// The WeChat custom menu (自定义菜单) editor and its rule checks.
// English; the type makes a missing or extra key a compile error.

export const menusEn: Messages<typeof menusZhCN> = {
  menu: {
    addTop: 'Add menu',
    addSub: 'Add sub-item',
    addSubShort: 'Sub-item',
    newTop: 'Menu',
    newSub: 'Sub-item',
    unnamed: 'Unnamed',
    limits: 'At most {{top}} menus with {{sub}} sub-items each',
    topName: 'Menu name',
    subName: 'Sub-item name',
    nameHint: 'Keep it within {{max}} Chinese characters or it is cut off',
    hasChildren: 'This menu has sub-items: tapping it opens them and does nothing else.',
    actionLabel: 'On tap',
    action: { column: 'Open a column', url: 'Open a web page', reply: 'Auto reply' },
    pickColumn: 'Pick a column',
    noColumns: 'This account has no columns yet; create them under "Columns" first',
    moveLeft: 'Move left',
    moveRight: 'Move right',
    moveUp: 'Move up',
    moveDown: 'Move down',
    removeTop: 'Delete menu',
    removeSub: 'Delete sub-item',
    pickItem: 'Click a menu at the bottom of the phone to edit it',
    empty: 'No menu yet. Click "Add menu" to start planning.',
    noProblems: "The menu follows WeChat's rules and can be saved",
    fixErrors: 'Fix the problems in red first',
    reset: 'Discard changes',
    saved: 'Custom menu saved',
    path: { menu: 'Menu', top: 'Menu {{n}}', sub: 'Menu {{n}} › sub-item {{m}}', named: '{{position}} "{{name}}"' },
    problemAt: '{{where}}: {{problem}}',
    problems: {
      tooManyTop: 'At most {{max}} menus',
      tooManySub: 'At most {{max}} sub-items',
      nameEmpty: 'The name is empty',
      nameTooLong: 'The name is too long for WeChat (keep within {{max}} Chinese characters)',
      nameTruncated: 'Longer than {{max}} Chinese characters: phones cut it off',
      noAction: 'No action on tap yet',
      badUrl: 'Not a valid address; start with http:// or https://',
      emptyReply: 'The auto reply is empty',
      unknownColumn: 'The column no longer exists; pick another',
    },
  },
};
