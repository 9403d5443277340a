import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { slotKey } from './ItemChip';
import { useSlotNames } from './ProblemsPanel';
import type { PushWarnings as Warnings } from './push-warnings';

interface Props {
  warnings: Warnings;
  /** Puts the item in the push's free slot. */
  onUseSlot: (slot: number) => void;
}

/** Before the save: the chosen slot is taken, or WeChat's push rules would break; one click takes the free slot. */
export function PushWarnings({ warnings: { taken, problems, freeSlot }, onUseSlot }: Props) {
  const { t } = useTranslation();
  const withSlotName = useSlotNames();
  if (!taken && problems.length === 0) return null;
  const slotName = (slot: number) => {
    const key = slotKey(slot);
    return t(key.key, key.params);
  };
  const lines = [...(taken ? [t('calendar.drawer.slotTaken', { slot: slotName(taken.slot), title: taken.title })] : []), ...problems.map((p) => t(`calendar.problems.${p.code}`, withSlotName(p.params)))];
  return (
    <Alert
      data-testid="calendar-push-warning"
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('calendar.drawer.warningTitle')}
      description={
        <>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {freeSlot !== null && (
            <Button size="small" style={{ marginTop: 8 }} data-testid="calendar-use-free-slot" onClick={() => onUseSlot(freeSlot)}>
              {t('calendar.drawer.useFreeSlot', { slot: slotName(freeSlot) })}
            </Button>
          )}
        </>
      }
    />
  );
}
