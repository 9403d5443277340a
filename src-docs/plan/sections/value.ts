import type { DocBlock } from '../../../src-shared/contract/doc-model';
import type { Words } from '../../words';
import { noData } from '../blocks';

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/value.ts. */
export interface ValueFacts {
  /** Placeholder until the section is written. */
  rows: number;
}

export function valueBlocks(facts: ValueFacts, words: Words): DocBlock[] {
  return facts.rows === 0 ? [noData(words)] : [];
}
