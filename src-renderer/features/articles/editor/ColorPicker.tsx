import { Button, Popover, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Colours that read well on WeChat's white and dark reader: a few strong ones and their soft tints. */
export const TEXT_COLORS = ['#222222', '#888888', '#d0021b', '#f5a623', '#2d8c3c', '#1677ff', '#576b95', '#8e44ad'];
export const HIGHLIGHT_COLORS = ['#fff3b0', '#ffe1d6', '#d9f7be', '#d6e4ff', '#efdbff', '#f0f0f0'];

interface ColorPickerProps {
  label: string;
  shortcut?: string;
  icon: ReactNode;
  colors: readonly string[];
  /** The selection's colour, shown under the icon. */
  current: string | undefined;
  onPick(color: string | null): void;
}

/** A toolbar button opening a small palette; 「无颜色」 removes the colour. */
export function ColorPicker({ label, shortcut, icon, colors, current, onPick }: ColorPickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const pick = (color: string | null) => {
    setOpen(false);
    onPick(color);
  };
  const palette = (
    <div className="article-editor__palette" role="listbox" aria-label={label}>
      {colors.map((color) => (
        <button key={color} type="button" role="option" aria-selected={current === color} aria-label={color} className="article-editor__swatch" style={{ background: color }} onClick={() => pick(color)} />
      ))}
      <Button size="small" type="link" onClick={() => pick(null)}>
        {t('articleEditor.toolbar.noColor')}
      </Button>
    </div>
  );
  return (
    <Popover content={palette} trigger="click" open={open} onOpenChange={setOpen} placement="bottom">
      <Tooltip title={shortcut ? `${label} (${shortcut})` : label} open={open ? false : undefined}>
        <Button
          type="text"
          size="small"
          aria-label={label}
          icon={
            <span className="article-editor__color-icon" style={{ borderBottomColor: current ?? 'transparent' }}>
              {icon}
            </span>
          }
        />
      </Tooltip>
    </Popover>
  );
}
