import type { z } from 'zod';
import recipe from '../../resources/demo/articles.json';
import type { Article, DocJson } from '../../src-shared/contract/articles';
import type { DocMark, DocNode } from '../../src-shared/domain/articles/doc';
import { addDays } from '../../src-shared/domain/dates';
import { createArticlesService } from '../services/articles/articles-service';
import type { ServiceContext } from '../services/context';

// The demo's articles (issue 10): 30 drafts written on the calendar's WeChat items nearest to
// today, so their statuses are the items' (已发布 … 撰写中). The bodies are data
// (resources/demo/articles.json, by column) in a small line format: `## ` a heading, `- ` and
// `1. ` list items, `> ` a quote, `[text](url)` a link, else a paragraph. Some hold 广告法极限词
// and 诱导分享 phrases, three have titles past 32 characters and one body passes 20,000
// characters, so the editor's checks have something to show on first open.

export const DEMO_ARTICLES = 30;

interface DemoArticlesRecipe {
  authors: string[];
  bodies: Record<string, string[][]>;
  longTitles: string[];
  directory: { title: string; floors: string[]; kinds: string[]; names: string[]; lines: string[] };
}
const ARTICLES = recipe as DemoArticlesRecipe;

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** A line's text with its `[text](url)` links as link marks. */
function inline(line: string): DocNode[] {
  const nodes: DocNode[] = [];
  let at = 0;
  for (const match of line.matchAll(LINK)) {
    if (match.index > at) nodes.push({ type: 'text', text: line.slice(at, match.index) });
    const link: DocMark = { type: 'link', attrs: { href: match[2] } };
    nodes.push({ type: 'text', text: match[1], marks: [link] });
    at = match.index + match[0].length;
  }
  if (at < line.length) nodes.push({ type: 'text', text: line.slice(at) });
  return nodes;
}

const paragraph = (line: string): DocNode => ({ type: 'paragraph', content: inline(line) });

/** The body of a recipe's lines: consecutive list lines make one list. */
export function docFromLines(lines: readonly string[]): DocNode {
  const content: DocNode[] = [];
  for (const line of lines) {
    const list = line.startsWith('- ') ? 'bulletList' : /^\d+\. /.test(line) ? 'orderedList' : null;
    if (list) {
      const item: DocNode = { type: 'listItem', content: [paragraph(line.replace(/^(- |\d+\. )/, ''))] };
      const last = content[content.length - 1];
      if (last?.type === list) last.content!.push(item);
      else content.push({ type: list, content: [item] });
    } else if (line.startsWith('## ')) content.push({ type: 'heading', attrs: { level: 2 }, content: inline(line.slice(3)) });
    else if (line.startsWith('> ')) content.push({ type: 'blockquote', content: [paragraph(line.slice(2))] });
    else content.push(paragraph(line));
  }
  return { type: 'doc', content };
}

/** 商户指南: every floor's stores with their hours and perks, past WeChat's 20,000 characters. */
function directoryLines(city: string): string[] {
  const { floors, kinds, names, lines } = ARTICLES.directory;
  const out = [`这是悦汇${city}购物中心的全年商户指南，按楼层整理，收藏起来，逛街前翻一翻。`];
  let chars = 0;
  for (let n = 0; chars < 20_600; n++) {
    const floor = floors[n % floors.length]!;
    if (n < floors.length) out.push(`## ${floor} 层`);
    const line = `${names[n % names.length]}${kinds[(n * 7) % kinds.length]}（${floor}-${String(1 + (n % 40)).padStart(2, '0')}）：${lines[n % lines.length]}${lines[(n + 2) % lines.length]}`;
    out.push(line);
    chars += line.length;
  }
  return out;
}

interface PickedItem {
  id: string;
  column: string | null;
  city: string;
}

/** At most this many articles of one column, so the demo shows every kind of post (每日早安 would fill it alone). */
const PER_COLUMN = 4;

/** The WeChat items around today whose status a draft can have, nearest first, a few of each column. */
function itemsNearToday(ctx: ServiceContext, today: string): PickedItem[] {
  const near = ctx.sqlite
    .prepare(
      `SELECT i.id AS id, c.name AS "column", ac.city AS city FROM calendar_items i JOIN accounts ac ON ac.id = i.account_id LEFT JOIN columns c ON c.id = i.column_id
       WHERE i.deleted_at IS NULL AND ac.platform LIKE 'wechat%' AND i.status IN ('published', 'scheduled', 'approved', 'review', 'writing') AND i.date BETWEEN ? AND ?
       ORDER BY abs(julianday(i.date) - julianday(?)), i.date, i.slot, i.id`,
    )
    .all(addDays(today, -20), addDays(today, 20), today) as PickedItem[];
  const perColumn = new Map<string | null, number>();
  return near
    .filter((item) => {
      const n = perColumn.get(item.column) ?? 0;
      perColumn.set(item.column, n + 1);
      return n < PER_COLUMN;
    })
    .slice(0, DEMO_ARTICLES);
}

/** Writes the demo's articles through the articles service; returns how many. */
export function fillDemoArticles(ctx: ServiceContext, today: string): number {
  const service = createArticlesService(ctx);
  const items = itemsNearToday(ctx, today);
  const longTitles = new Map<number, string>();
  for (const title of ARTICLES.longTitles) {
    const at = items.findIndex((item, i) => !longTitles.has(i) && item.column === title.split('｜')[0]);
    if (at >= 0) longTitles.set(at, title);
  }
  const used = new Map<string, number>();
  items.forEach((item, i) => {
    const city = item.city || '上海';
    const isDirectory = i === items.length - 1;
    const choices = ARTICLES.bodies[item.column ?? ''] ?? ARTICLES.bodies['节日策划']!;
    const turn = used.get(item.column ?? '') ?? 0;
    used.set(item.column ?? '', turn + 1);
    const lines = isDirectory ? directoryLines(city) : choices[turn % choices.length]!.map((line) => line.replaceAll('{city}', city));
    // The service answers at once (a handler's type allows a promise; the demo writes in one transaction).
    const article = service.create({ itemId: item.id, date: '', author: ARTICLES.authors[i % ARTICLES.authors.length]!, body: docFromLines(lines) as z.infer<typeof DocJson> }) as Article;
    const title = isDirectory ? ARTICLES.directory.title.replace('{city}', city) : longTitles.get(i);
    if (title) void service.update({ id: article.id, patch: { title } });
  });
  return items.length;
}
