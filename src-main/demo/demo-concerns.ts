import { addDays } from '../../src-shared/domain/dates';
import { communityGroups, communityScripts, concernArticles, concerns } from '../db/schema';
import type { RowValues } from '../sync/repository';
import type { ServiceContext } from '../services/context';
import type { Random } from './demo-activities';
import { ACTIVITIES_RECIPE, type ConcernRecipe, type ScriptRecipe } from './demo-activities-recipe';

// The demo's followers' concerns and community SOP (issue 12). Small: the recipe's concerns on
// their accounts, the ones with words linked to the demo articles whose titles hold them, and the
// 会员福利群's positioning, team and scripts with 3 templates. Large: 2,000 concerns, every
// WeChat Work group its SOP.

export const DEMO_CONCERNS = { large: 2_000 } as const;

export interface DemoAccountRef {
  id: string;
  platform: string;
}

function concernRow(recipe: ConcernRecipe, today: string, accountId: string | null, topic = recipe.topic, frequency = recipe.frequency, firstSeen = recipe.firstSeen): RowValues {
  return { topic, category: recipe.category, frequency, examples: recipe.examples.join('\n'), status: recipe.status, firstSeen: addDays(today, firstSeen), accountId, notes: '' };
}

/** The articles answering the concerns: per concern with words, a demo article whose title holds one. */
function articleLinks(ctx: ServiceContext, concernIds: readonly string[]): RowValues[] {
  const articles = ctx.sqlite.prepare('SELECT a.id AS id, i.title AS title FROM articles a JOIN calendar_items i ON i.id = a.item_id WHERE a.deleted_at IS NULL ORDER BY i.date, i.slot, a.id').all() as Array<{
    id: string;
    title: string;
  }>;
  const links: RowValues[] = [];
  const used = new Set<string>();
  ACTIVITIES_RECIPE.concerns.forEach((recipe, i) => {
    const answering = articles.filter((a) => recipe.articleWords.some((word) => a.title.includes(word)));
    // Another article than the concerns before where there is one: each concern its own answer.
    const article = answering.find((a) => !used.has(a.id)) ?? answering[0];
    if (!article) return;
    used.add(article.id);
    links.push({ id: `${concernIds[i]}:${article.id}`, concernId: concernIds[i], articleId: article.id });
  });
  return links;
}

export function fillSmallConcerns(ctx: ServiceContext, today: string, accounts: readonly DemoAccountRef[]): { concerns: number; concernArticles: number } {
  const rows = ACTIVITIES_RECIPE.concerns.map((c) => concernRow(c, today, accounts[c.account]?.id ?? null));
  const ids = ctx.repo.insertMany(concerns, rows);
  const links = articleLinks(ctx, ids);
  ctx.repo.insertMany(concernArticles, links);
  return { concerns: ids.length, concernArticles: links.length };
}

export function fillLargeConcerns(ctx: ServiceContext, random: Random, today: string, accounts: readonly DemoAccountRef[], cities: readonly string[]): number {
  const { concerns: recipes, large } = ACTIVITIES_RECIPE;
  const rows = Array.from({ length: DEMO_CONCERNS.large }, (_, i) => {
    const recipe = recipes[i % recipes.length]!;
    const where = `${cities[Math.floor(random() * cities.length)]}${large.concernPlaces[Math.floor(random() * large.concernPlaces.length)]}`;
    const account = accounts[Math.floor(random() * accounts.length)];
    return concernRow(recipe, today, account?.id ?? null, `${recipe.topic}（${where}）`, 1 + Math.floor(random() * 200), -Math.floor(random() * 730));
  });
  ctx.repo.insertMany(concerns, rows);
  return rows.length;
}

const scriptRows = (groupId: string | null, scripts: readonly ScriptRecipe[]): RowValues[] => scripts.map((s, position) => ({ groupId, ...s, position }));

/** Every WeChat Work group's SOP (positioning, owner, admins, scripts) and the templates; returns how many scripts. */
export function fillCommunity(ctx: ServiceContext, accounts: readonly DemoAccountRef[], memberIds: readonly string[]): number {
  const { community } = ACTIVITIES_RECIPE;
  const member = (i: number) => memberIds[i % memberIds.length] ?? null;
  const groups = accounts.filter((a) => a.platform === 'wecom_group');
  ctx.repo.insertMany(
    communityGroups,
    groups.map((g) => ({ id: g.id, positioning: community.positioning, ownerId: member(community.owner), adminIds: JSON.stringify(community.admins.map(member)), notes: community.notes })),
  );
  const scripts = [...groups.flatMap((g) => scriptRows(g.id, community.scripts)), ...scriptRows(null, community.templates)];
  ctx.repo.insertMany(communityScripts, scripts);
  return scripts.length;
}
