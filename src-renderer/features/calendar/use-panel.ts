import { useCallback, useEffect, useState } from 'react';

/** Whether the side panel is open: a preference of this computer, kept across reloads like the layer toggles. */
const PANEL_KEY = 'opsbench.calendar.panel';

export function usePanelOpen(): [boolean, () => void] {
  const [open, setOpen] = useState(() => localStorage.getItem(PANEL_KEY) !== 'collapsed');
  useEffect(() => localStorage.setItem(PANEL_KEY, open ? 'open' : 'collapsed'), [open]);
  const toggle = useCallback(() => setOpen((before) => !before), []);
  return [open, toggle];
}
