import type { TFunction } from 'i18next';
import type { Cadence } from '../../../src-shared/domain/columns/cadence';
import { cadenceText } from '../../../src-shared/domain/columns/cadence-text';

/** A cadence in words: 每周二、周四 / 每天 / 每月1日、15日 / 不定期. */
export function describeCadence(cadence: Cadence, t: TFunction): string {
  return cadenceText(cadence, (key, params) => t(key, params));
}
