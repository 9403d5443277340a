import type { DocBlock } from '../../../src-shared/contract/doc-model';
import type { Words } from '../../words';
import { noData } from '../blocks';

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/staff.ts. */
export interface StaffFacts {
  /** Placeholder until the section is written. */
  rows: number;
}

export function staffBlocks(facts: StaffFacts, words: Words): DocBlock[] {
  return facts.rows === 0 ? [noData(words)] : [];
}
