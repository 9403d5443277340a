import { ItemStatus } from '../../../../src-shared/contract/calendar';
import { statusLabel } from '../labels';

export { parseDate, parseSlot, parseTime } from '../../imports/cell-values';

// The cell values operators type in Chinese spreadsheets, read into the calendar's own: each
// parser returns undefined for a value it cannot read, and the caller reports the cell.

const STATUS_BY_WORD = new Map<string, ItemStatus>(
  ItemStatus.options.flatMap((status) => [
    [statusLabel(status), status],
    [status, status],
  ]),
);

/** A status from its Chinese label or English key; 选题 for an empty cell; undefined if unknown. */
export function parseStatus(text: string): ItemStatus | undefined {
  if (!text) return 'topic';
  return STATUS_BY_WORD.get(text.toLowerCase());
}

/** Tags separated by 、，,;； or spaces. */
export function splitTags(text: string): string[] {
  return text.split(/[、，,;；\s]+/).filter(Boolean);
}
