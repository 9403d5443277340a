import { useEffect, useRef } from 'react';

/** Inputs that take no typed text: a focused toggle or checkbox leaves the shortcuts working. */
const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether a key press belongs to a text field (then single-key shortcuts stay out of the way). */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element.tagName === 'INPUT') return !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
  return element.isContentEditable || ['TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** An open drawer, dialog or confirm: the page behind it takes no shortcut. */
const DIALOGS = '.ant-drawer-open, .ant-modal-wrap:not([style*="display: none"])';

/**
 * A single-key shortcut of a screen (`n` new, `/` search), active while the screen is mounted;
 * ignored while typing, with a modifier held, or while a drawer, dialog, confirm or popover is open.
 */
export function useShortcut(key: string, action: () => void): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector(`${DIALOGS}, .ant-popover:not(.ant-popover-hidden), .ant-picker-dropdown:not(.ant-picker-dropdown-hidden)`)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}

/**
 * A shortcut held with Ctrl or ⌘ (Ctrl+Z, Shift+Ctrl+Z), active while the screen is mounted;
 * `matches` tells its keys. Ignored while typing (a text field keeps its own undo) or while a
 * drawer, dialog or confirm is open; a popover leaves it working.
 */
export function useChord(matches: (event: KeyboardEvent) => boolean, action: () => void): void {
  const latest = useRef({ matches, action });
  latest.current = { matches, action };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || !latest.current.matches(event) || isTyping(event.target)) return;
      if (document.querySelector(DIALOGS)) return;
      event.preventDefault();
      latest.current.action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
