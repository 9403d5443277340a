import { DownOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Popover, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarColorBy } from './route';
import { LAYER_TOGGLES, type LayerToggle } from './calendar-types';

export type Toggle = LayerToggle | 'gaps';

interface Props {
  colorBy: CalendarColorBy;
  onColorBy: (colorBy: CalendarColorBy) => void;
  toggles: ReadonlySet<Toggle>;
  onToggle: (toggle: Toggle, on: boolean) => void;
}

/**
 * 显示 ▾: how items are coloured and which layers the days show. Set once and rarely changed, they
 * wait behind one button, so the filters keep to one line in both languages.
 */
export function DisplayOptions({ colorBy, onColorBy, toggles, onToggle }: Props) {
  const { t } = useTranslation();
  const content = (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, maxWidth: 300 }}>
      <Segmented<CalendarColorBy>
        size="small"
        data-testid="calendar-color-by"
        value={colorBy}
        onChange={onColorBy}
        options={[
          { value: 'status', label: t('calendar.colorBy.status') },
          { value: 'account', label: t('calendar.colorBy.account') },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('calendarLayout.layers')}
      </Typography.Text>
      <span data-testid="calendar-layers" style={{ display: 'flex', flexWrap: 'wrap', rowGap: 6 }}>
        {[...LAYER_TOGGLES, 'gaps' as const].map((toggle) => (
          <Tag.CheckableTag key={toggle} data-testid={`calendar-layer-${toggle}`} checked={toggles.has(toggle)} onChange={(on) => onToggle(toggle, on)}>
            {t(`calendar.layers.${toggle}`)}
          </Tag.CheckableTag>
        ))}
      </span>
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomLeft" content={content}>
      <Button size="small" icon={<EyeOutlined />} data-testid="calendar-display">
        {t('calendarLayout.display')} <DownOutlined />
      </Button>
    </Popover>
  );
}
