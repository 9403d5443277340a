import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { DocJson } from '../../../../src-shared/contract/articles';
import { addDays } from '../../../../src-shared/domain/dates';
import { defaultMigrationsDir } from '../../../../src-main/db/migrate';
import { createAccountsService } from '../../../../src-main/services/accounts/accounts-service';
import { createArticlesService } from '../../../../src-main/services/articles/articles-service';
import { createColumnsService } from '../../../../src-main/services/columns/columns-service';
import { createTeamService } from '../../../../src-main/services/team/team-service';
import { fillDemoWorkspace } from '../../../../src-main/demo/demo';
import { openWorkspaceSession } from '../../../../src-main/session/workspace-session';
import { BENCH_DIR, BENCH_TODAY } from '../../workspace';
import { brandName, generatedBody } from './generated-bodies';

// A workspace of 10,000 articles with realistic bodies, made once through the real service
// (articles.create with its first body: the item, the Yjs log, the derived row and the index row)
// on the small demo's accounts and columns, and cached in .bench like the large calendar. The
// creates are grouped into transactions of BATCH, so the build is not 10,000 fsyncs.

export const ARTICLE_COUNT = 10_000;
/** Bump when the generated content changes, so a stale cache is rebuilt. */
const VERSION = 1;

const BATCH = 500;

function fill(dataDir: string): void {
  const session = openWorkspaceSession(dataDir, defaultMigrationsDir(), 'opsbench bench');
  try {
    const { ctx } = session;
    fillDemoWorkspace(ctx, { scale: 'small', seed: 1, today: BENCH_TODAY });
    const articles = createArticlesService(ctx);
    const accounts = createAccountsService(ctx)
      .list()
      .filter((a) => a.platform.startsWith('wechat'));
    const columns = createColumnsService(ctx).list({});
    const members = createTeamService(ctx).list();
    for (let start = 0; start < ARTICLE_COUNT; start += BATCH) {
      ctx.repo.transaction(() => {
        for (let i = start; i < Math.min(ARTICLE_COUNT, start + BATCH); i++) {
          const account = accounts[i % accounts.length]!;
          const own = columns.filter((c) => c.accountId === account.id);
          const column = own[Math.floor(i / accounts.length) % own.length];
          void articles.create({
            accountId: account.id,
            title: `${column?.name ?? '推文'}｜${brandName(i * 7)}的第 ${1 + Math.floor(i / 40)} 期`,
            columnId: column?.id ?? null,
            // Five years up to the bench's today, a few articles a day across the accounts.
            date: addDays(BENCH_TODAY, -Math.floor(((ARTICLE_COUNT - i) * 1825) / ARTICLE_COUNT)),
            author: members[i % members.length]!.name,
            body: generatedBody(i) as z.infer<typeof DocJson>,
          });
        }
      });
      console.error(`  ${start + BATCH} articles`);
    }
  } finally {
    session.close();
  }
}

/** The 10,000-article workspace, generated on first use (a few minutes) and kept in .bench. */
export async function articlesWorkspace(): Promise<string> {
  const dir = join(BENCH_DIR, `articles-${VERSION}`);
  if (existsSync(join(dir, 'workspace.sqlite'))) return dir;
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  fill(partial);
  renameSync(partial, dir);
  return dir;
}
