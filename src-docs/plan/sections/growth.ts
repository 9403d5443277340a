import type { DocBlock } from '../../../src-shared/contract/doc-model';
import type { Words } from '../../words';
import { noData } from '../blocks';

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/growth.ts. */
export interface GrowthFacts {
  /** Placeholder until the section is written. */
  rows: number;
}

export function growthBlocks(facts: GrowthFacts, words: Words): DocBlock[] {
  return facts.rows === 0 ? [noData(words)] : [];
}
