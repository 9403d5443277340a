// The article linter's data: what it reads (the article's fields, its body as ProseMirror JSON,
// the effective word list, the article's exemptions) and what it finds. Pure types, shared by
// the editor's live check, the back end and `opsbench lint`.

/** Categories of flagged words: 广告法 extremes by the SAMR groups, WeChat's 诱导 rules, the workspace's own. */
export const LINT_WORD_CATEGORIES = ['adlaw-superlative', 'adlaw-national', 'adlaw-first', 'adlaw-top', 'adlaw-absolute', 'adlaw-authority', 'adlaw-time', 'induce-share', 'induce-follow', 'custom'] as const;
export type LintWordCategory = (typeof LINT_WORD_CATEGORIES)[number];

/** Where a word comes from: the built-in list, the workspace (设置), or HQ (issue 14/15). */
export type LintWordSource = 'builtin' | 'workspace' | 'hq';

/** One flagged word or phrase of the effective list. */
export interface LintWord {
  word: string;
  category: LintWordCategory;
  /** Why it is flagged (the law or WeChat rule), shown with each occurrence. */
  reason: string;
  /** A rewording to offer; empty when there is none. */
  suggestion: string;
  /** Longer words that contain `word` but are not flagged (最近 for 最, 第一次 for 第一). */
  except?: readonly string[];
  source: LintWordSource;
  /** A disabled word is listed (so it can be turned back on) but never matched. */
  disabled?: boolean;
}

/** An accepted occurrence, matched by rule + word + context so it follows the text as it is edited. */
export interface LintExemption {
  rule: LintRule;
  word: string;
  context: string;
}

export const LINT_RULES = ['title-length', 'author-length', 'digest-length', 'digest-empty', 'body-length', 'external-link', 'image-count', 'image-size', 'adlaw', 'induce', 'custom-word'] as const;
export type LintRule = (typeof LINT_RULES)[number];

export type LintSeverity = 'error' | 'warning' | 'info';
export type LintField = 'title' | 'author' | 'digest' | 'body';

/** Text to show: a translation key with params (rules of the program) or text from the word list. */
export type LintText = { key: string; params?: Record<string, string | number> } | { text: string };

export interface LintFinding {
  /** Stable across edits elsewhere: rule + word (or link, image) + context, plus `#n` for a repeat. */
  id: string;
  rule: LintRule;
  severity: LintSeverity;
  field: LintField;
  /** What is wrong, as a translation key (`lint.message.*`) and its params. */
  message: string;
  params: Record<string, string | number>;
  /** The matched text (the word, the link's text, the image's alt) or the field's value. */
  text: string;
  /** The flagged word of the list (the href for an external link): what an exemption names; null for findings that cannot be exempted. */
  word: string | null;
  /** ProseMirror positions of the match in the body (`editor.commands.setTextSelection({from, to})`); null outside the body. */
  from: number | null;
  to: number | null;
  /** 1-based line of the match in `docText(doc)` (the field's own text for title/digest); null when the finding is about the whole field. */
  line: number | null;
  /** A few characters either side of the match (what an exemption stores). */
  context: string;
  reason: LintText;
  suggestion: LintText | null;
  /** An accepted occurrence: shown greyed, never an error. */
  exempted: boolean;
}
