import { z } from 'zod';
import { LINT_RULES, LINT_WORD_CATEGORIES } from '../domain/articles/lint-types';
import { Id, IdInput, LONE_SURROGATE, Ok, optionalText, requiredText, RowMeta } from './common';
import { defineDomain, method } from './define';

// The linter's word list and each article's accepted occurrences (issue 10). The effective list is
// the built-in one (resources/articles/adlaw-words.json) changed by the workspace's rows: a row of
// a built-in word changes its texts or turns it off, other rows add words. HQ's words come with
// issues 14/15.

export const LintWordCategory = z.enum(LINT_WORD_CATEGORIES);

/** One word of the effective list, as the linter takes it (`LintWord`) plus what the settings card shows. */
export const LintWordEntry = z.object({
  word: z.string(),
  category: LintWordCategory,
  reason: z.string(),
  suggestion: z.string(),
  except: z.array(z.string()).readonly().optional(),
  source: z.enum(['builtin', 'workspace', 'hq']),
  disabled: z.boolean(),
  /** A built-in word the workspace changed (its texts or turned it off): it can be reset. */
  changed: z.boolean(),
});
export type LintWordEntry = z.infer<typeof LintWordEntry>;

const wordFields = {
  /** The word or phrase as it appears in text (case and full-width forms fold when matching). */
  word: requiredText(40),
  category: LintWordCategory,
  reason: optionalText(300),
  suggestion: optionalText(200),
};

export const LintWordInput = z.object(wordFields);
export type LintWordInput = z.input<typeof LintWordInput>;

/** The text around an occurrence, kept exactly as the linter made it (no trimming: it is matched). */
const ExemptionContext = z
  .string()
  .max(200, 'validation.tooLong')
  .refine((v) => !LONE_SURROGATE.test(v), 'validation.brokenText');

export const LintExemptionInput = z.object({
  articleId: Id,
  rule: z.enum(LINT_RULES),
  word: z.string().min(1).max(500),
  context: ExemptionContext,
  /** Why the occurrence is fine (e.g. 经认定的荣誉称号). */
  note: optionalText(200),
});
export type LintExemptionInput = z.input<typeof LintExemptionInput>;

export const LintExemptionRow = RowMeta.extend({
  articleId: Id,
  rule: z.enum(LINT_RULES),
  word: z.string(),
  context: z.string(),
  note: z.string(),
  /** Who accepted it: the member at the keyboard, when the device knows one. */
  memberId: z.string().nullable(),
});
export type LintExemptionRow = z.infer<typeof LintExemptionRow>;

const WordKey = z.object({ word: z.string().min(1).max(40) });

export const lintWordsContract = defineDomain('lintWords', {
  listWords: method('Lists the effective word list: built-in words (changed or turned off by the workspace) and the workspace’s own.', z.object({}), z.array(LintWordEntry)),
  addWord: method('Adds a word of the workspace; a word already on the list is refused (edit it instead).', LintWordInput, LintWordEntry),
  updateWord: method(
    'Changes a word’s category, reason or suggestion (a built-in word keeps its exceptions).',
    z.object({ word: z.string().min(1).max(40), patch: LintWordInput.omit({ word: true }).partial() }),
    LintWordEntry,
  ),
  setWordDisabled: method('Turns a word off or on again (built-in or the workspace’s).', WordKey.extend({ disabled: z.boolean() }), LintWordEntry),
  removeWord: method('Removes a workspace word, or resets a built-in word to its built-in texts (turned on).', WordKey, Ok),
  listExemptions: method('Lists the accepted occurrences of an article.', z.object({ articleId: Id }), z.array(LintExemptionRow)),
  addExemption: method('Accepts one occurrence (by rule, word and context, so it follows edits); accepting it twice keeps one.', LintExemptionInput, LintExemptionRow),
  removeExemption: method('Takes an acceptance back.', IdInput, Ok),
});
