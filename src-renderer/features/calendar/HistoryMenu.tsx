import { HistoryOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popover, Space, Tooltip, Typography } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChord } from '../../lib/use-shortcut';
import { useStepText } from './history-text';
import { useCalendar } from './store';
import { useRevert } from './use-revert';

/** The history lists this many steps done (and undone): the last ones are the ones undone by key. */
const LISTED = 12;
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const UNDO_KEY = MAC ? '⌘Z' : 'Ctrl+Z';
const REDO_KEY = MAC ? '⇧⌘Z' : 'Ctrl+Shift+Z';

const isZ = (event: KeyboardEvent) => event.key.toLowerCase() === 'z';

/**
 * The history of this session's calendar steps (a popover listing the last ones, with 撤销 and
 * 重做), and Ctrl/⌘+Z, Shift+Ctrl/⌘+Z and Ctrl+Y while the calendar is open.
 */
export const HistoryMenu = memo(function HistoryMenu() {
  const { t } = useTranslation();
  const history = useCalendar((s) => s.history);
  const [open, setOpen] = useState(false);
  const stepText = useStepText();
  const { undo, redo } = useRevert();
  useChord(
    (event) => isZ(event) && !event.shiftKey,
    () => void undo(),
  );
  useChord(
    (event) => (isZ(event) && event.shiftKey) || (event.key.toLowerCase() === 'y' && !event.shiftKey),
    () => void redo(),
  );

  const done = history.done.slice(-LISTED).reverse();
  const undone = history.undone.slice(-LISTED).reverse();
  const content = (
    <div style={{ width: 300 }} data-testid="calendar-history-list">
      {done.length === 0 && undone.length === 0 && <Typography.Text type="secondary">{t('calendar.history.empty')}</Typography.Text>}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {done.map((step, index) => (
          <li key={step.id} data-testid="history-step" style={{ padding: '3px 0', fontWeight: index === 0 ? 600 : undefined, borderBottom: '1px solid #f5f5f5' }}>
            {stepText(step.label)}
          </li>
        ))}
      </ol>
      {undone.length > 0 && (
        <>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
            {t('calendar.history.redoable')}
          </Typography.Text>
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {undone.map((step) => (
              <li key={step.id} data-testid="history-undone" style={{ padding: '3px 0', color: '#8c8c8c', textDecoration: 'line-through' }}>
                {stepText(step.label)}
              </li>
            ))}
          </ol>
        </>
      )}
      <Space style={{ marginTop: 10 }}>
        <Button size="small" icon={<UndoOutlined />} disabled={!history.done.length} onClick={() => void undo()} title={UNDO_KEY} data-testid="history-undo" autoInsertSpace={false}>
          {t('calendar.history.undo')}
        </Button>
        <Button size="small" icon={<RedoOutlined />} disabled={!history.undone.length} onClick={() => void redo()} title={REDO_KEY} data-testid="history-redo" autoInsertSpace={false}>
          {t('calendar.history.redo')}
        </Button>
      </Space>
    </div>
  );

  // One icon in the toolbar (it has no room for more at 1280 px); undo and redo are in the popover and on the keys.
  return (
    <Popover trigger="click" placement="bottomRight" title={t('calendar.history.title')} content={content} open={open} onOpenChange={setOpen}>
      {/* The hint hides while the list is open: it would cover the list's title. */}
      <Tooltip title={t('calendar.history.hint', { undo: UNDO_KEY, redo: REDO_KEY })} placement="bottom" open={open ? false : undefined}>
        <Button icon={<HistoryOutlined />} aria-label={t('calendar.history.button')} data-testid="calendar-history" />
      </Tooltip>
    </Popover>
  );
});
