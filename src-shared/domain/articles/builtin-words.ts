import { z } from 'zod';
import data from '../../../resources/articles/adlaw-words.json';
import { LINT_WORD_CATEGORIES, type LintWord, type LintWordCategory } from './lint-types';

// The built-in list of flagged words (resources/articles/adlaw-words.json): parsed once at load,
// so a broken data file fails loudly rather than silently checking nothing.

const Category = z.enum(LINT_WORD_CATEGORIES);
const WordList = z.object({
  categories: z.record(Category, z.object({ reason: z.string().min(1), suggestion: z.string() })),
  words: z.array(
    z.object({
      word: z.string().min(1),
      category: Category,
      reason: z.string().min(1).optional(),
      suggestion: z.string(),
      except: z.array(z.string().min(1)).optional(),
    }),
  ),
});

const parsed = WordList.parse(data);

/** Each category's reason and suggestion (a word without its own takes them). */
export const CATEGORY_TEXTS: Readonly<Record<LintWordCategory, { reason: string; suggestion: string }>> = parsed.categories;

/** The built-in words, each with its reason and suggestion filled from its category. */
export const BUILTIN_WORDS: readonly LintWord[] = Object.freeze(
  parsed.words.map((w): LintWord => ({
    word: w.word,
    category: w.category,
    reason: w.reason ?? CATEGORY_TEXTS[w.category].reason,
    suggestion: w.suggestion || CATEGORY_TEXTS[w.category].suggestion,
    except: w.except,
    source: 'builtin',
  })),
);

/** A workspace's row of `lint_words`: its own word, or a change to a built-in one (same word). */
export interface WorkspaceWordRow {
  word: string;
  category: LintWordCategory;
  reason: string;
  suggestion: string;
  disabled: boolean;
}

/**
 * The effective list: the built-in words, each replaced by the workspace's row of the same word
 * (which keeps the built-in exceptions), then the workspace's own words, then `extra` ones (HQ's).
 */
export function effectiveWords(workspace: readonly WorkspaceWordRow[], extra: readonly LintWord[] = []): LintWord[] {
  const rows = new Map(workspace.map((row) => [row.word, row]));
  const merged = BUILTIN_WORDS.map((builtin): LintWord => {
    const row = rows.get(builtin.word);
    if (!row) return builtin;
    rows.delete(builtin.word);
    return {
      ...builtin,
      category: row.category,
      reason: row.reason || builtin.reason,
      suggestion: row.suggestion || builtin.suggestion,
      disabled: row.disabled,
    };
  });
  const own = [...rows.values()].map((row): LintWord => ({
    word: row.word,
    category: row.category,
    reason: row.reason || CATEGORY_TEXTS[row.category].reason,
    suggestion: row.suggestion || CATEGORY_TEXTS[row.category].suggestion,
    source: 'workspace',
    disabled: row.disabled,
  }));
  const known = new Set([...merged, ...own].map((w) => w.word));
  return [...merged, ...own, ...extra.filter((w) => !known.has(w.word))];
}
