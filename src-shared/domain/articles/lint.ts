import type { DocNode } from './doc';
import type { LintExemption, LintFinding, LintWord } from './lint-types';

export type * from './lint-types';

export interface LintInput {
  title: string;
  author: string;
  digest: string;
  doc: DocNode;
  /** The effective word list (built-in + workspace + HQ); disabled words are skipped. */
  words: readonly LintWord[];
  /** The article's accepted occurrences. */
  exemptions: readonly LintExemption[];
}

/** Every finding of an article, in field then document order. */
export function lintArticle(input: LintInput): LintFinding[] {
  void input;
  return [];
}

/** A finding that blocks: an error nobody exempted. */
export function isBlocking(finding: LintFinding): boolean {
  return finding.severity === 'error' && !finding.exempted;
}
