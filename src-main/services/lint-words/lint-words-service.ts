import { and, asc, eq, isNull } from 'drizzle-orm';
import type { LintExemptionInput, LintExemptionRow, LintWordEntry, LintWordInput } from '../../../src-shared/contract/lint-words';
import { BUILTIN_WORDS, effectiveWords, type WorkspaceWordRow } from '../../../src-shared/domain/articles/builtin-words';
import type { LintRule, LintWordCategory } from '../../../src-shared/domain/articles/lint-types';
import { articles, lintExemptions, lintWords } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';
import { keyboardMemberOf } from '../team/keyboard';

type WordRow = typeof lintWords.$inferSelect;
type ExemptionRow = typeof lintExemptions.$inferSelect;

const BUILTIN = new Map(BUILTIN_WORDS.map((w) => [w.word, w]));

function liveWordRows(ctx: ServiceContext): WordRow[] {
  return ctx.db.select().from(lintWords).where(isNull(lintWords.deletedAt)).orderBy(asc(lintWords.createdAt)).all();
}

function toWorkspaceRow(row: WordRow): WorkspaceWordRow {
  return { word: row.word, category: row.category as LintWordCategory, reason: row.reason, suggestion: row.suggestion, disabled: row.disabled };
}

/** The effective list for the linter and the settings card (disabled words included, marked). */
export function workspaceWords(ctx: ServiceContext): LintWordEntry[] {
  const rows = liveWordRows(ctx);
  const changed = new Set(rows.map((row) => row.word));
  return effectiveWords(rows.map(toWorkspaceRow)).map((w) => ({ ...w, disabled: w.disabled ?? false, changed: w.source === 'builtin' && changed.has(w.word) }));
}

function toExemption(row: ExemptionRow): LintExemptionRow {
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, articleId: row.articleId, rule: row.rule as LintRule, word: row.word, context: row.context, note: row.note, memberId: row.memberId };
}

export function createLintWordsService(ctx: ServiceContext) {
  const rowOf = (word: string) =>
    ctx.db
      .select()
      .from(lintWords)
      .where(and(eq(lintWords.word, word), isNull(lintWords.deletedAt)))
      .get();
  const entryOf = (word: string): LintWordEntry =>
    requireRow(
      workspaceWords(ctx).find((w) => w.word === word),
      'lint word',
      word,
    );

  /** The workspace's row of a word, made from the built-in word when there is none yet. */
  function ensureRow(word: string): WordRow {
    const row = rowOf(word);
    if (row) return row;
    const builtin = requireRow(BUILTIN.get(word), 'lint word', word);
    const id = ctx.repo.insert(lintWords, { word, category: builtin.category, reason: '', suggestion: '', disabled: false });
    return requireRow(ctx.db.select().from(lintWords).where(eq(lintWords.id, id)).get(), 'lint word', word);
  }

  return {
    listWords: (): LintWordEntry[] => workspaceWords(ctx),
    addWord(input: LintWordInput): LintWordEntry {
      const word = input.word;
      ctx.repo.transaction(() => {
        if (rowOf(word) || BUILTIN.has(word)) throw new AppError('conflict', `${word} is on the list already`, [{ path: ['word'], message: 'validation.lintWords.exists' }]);
        ctx.repo.insert(lintWords, { ...input, disabled: false });
      });
      return entryOf(word);
    },
    updateWord({ word, patch }: { word: string; patch: Partial<Omit<LintWordInput, 'word'>> }): LintWordEntry {
      ctx.repo.transaction(() => ctx.repo.update(lintWords, ensureRow(word).id, patch));
      return entryOf(word);
    },
    setWordDisabled({ word, disabled }: { word: string; disabled: boolean }): LintWordEntry {
      ctx.repo.transaction(() => ctx.repo.update(lintWords, ensureRow(word).id, { disabled }));
      return entryOf(word);
    },
    removeWord({ word }: { word: string }) {
      ctx.repo.transaction(() => {
        const row = requireRow(rowOf(word), 'lint word', word);
        ctx.repo.tombstone(lintWords, row.id);
      });
      return { ok: true as const };
    },
    listExemptions({ articleId }: { articleId: string }): LintExemptionRow[] {
      return ctx.db
        .select()
        .from(lintExemptions)
        .where(and(eq(lintExemptions.articleId, articleId), isNull(lintExemptions.deletedAt)))
        .orderBy(asc(lintExemptions.createdAt))
        .all()
        .map(toExemption);
    },
    addExemption(input: LintExemptionInput): LintExemptionRow {
      const id = ctx.repo.transaction(() => {
        const article = ctx.db
          .select({ id: articles.id })
          .from(articles)
          .where(and(eq(articles.id, input.articleId), isNull(articles.deletedAt)))
          .get();
        requireRow(article, 'article', input.articleId);
        const same = ctx.db
          .select()
          .from(lintExemptions)
          .where(and(eq(lintExemptions.articleId, input.articleId), eq(lintExemptions.rule, input.rule), eq(lintExemptions.word, input.word), eq(lintExemptions.context, input.context), isNull(lintExemptions.deletedAt)))
          .get();
        return same?.id ?? ctx.repo.insert(lintExemptions, { ...input, note: input.note ?? '', memberId: keyboardMemberOf(ctx) });
      });
      return toExemption(requireRow(ctx.db.select().from(lintExemptions).where(eq(lintExemptions.id, id)).get(), 'exemption', id));
    },
    removeExemption({ id }: { id: string }) {
      requireRow(ctx.db.select({ id: lintExemptions.id }).from(lintExemptions).where(eq(lintExemptions.id, id)).get(), 'exemption', id);
      ctx.repo.tombstone(lintExemptions, id);
      return { ok: true as const };
    },
  };
}
