import type { Page } from '@playwright/test';
import { anAccount } from '../../fixtures/account-input';
import { callApi } from '../../helpers/web-server';
import { expect, type OpsBenchApp } from '../fixtures';

// A small workspace for the 稿件 screen's specs: two accounts, two members, and articles with
// bodies in different states, one of them in the topic pool.

export const call = <T>(app: OpsBenchApp, method: string, input: unknown = {}) => callApi(app.server, method, input) as Promise<T>;

const doc = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

export interface ArticleWorkspace {
  accounts: { sz: string; sh: string };
  members: { zhou: string; chen: string };
  articles: { autumn: string; members: string; pool: string };
}

export async function anArticleWorkspace(app: OpsBenchApp): Promise<ArticleWorkspace> {
  await call(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '' });
  const zhou = await call<{ id: string }>(app, 'team.create', { name: '周婷', roles: ['copywriter'] });
  const chen = await call<{ id: string }>(app, 'team.create', { name: '陈思', roles: ['copywriter'] });
  // Chosen here, so the specs that are not about it are not asked who is typing.
  await call(app, 'team.setKeyboard', { memberId: zhou.id });
  const sz = await call<{ id: string }>(app, 'accounts.create', anAccount({ ownerId: zhou.id }));
  const sh = await call<{ id: string }>(app, 'accounts.create', anAccount({ name: '悦汇·上海生活', handle: 'yuehui_sh', city: '上海', ownerId: chen.id }));
  const autumn = await call<{ id: string }>(app, 'articles.create', {
    accountId: sz.id,
    title: '秋季新品上市',
    date: '2026-10-20',
    author: '周婷',
    body: doc('十月的苏州，桂花香里，秋季新品陆续到店。', '会员到店出示电子卡，可享新品九折。'),
  });
  const members = await call<{ id: string }>(app, 'articles.create', { accountId: sh.id, title: '会员日预告', date: '2026-10-25', body: doc('本周六是上海生活的会员日，积分翻倍。') });
  const pool = await call<{ id: string }>(app, 'articles.create', { accountId: sh.id, title: '冬季暖饮地图', body: doc('还没定日子的选题：门店热饮推荐。') });
  return { accounts: { sz: sz.id, sh: sh.id }, members: { zhou: zhou.id, chen: chen.id }, articles: { autumn: autumn.id, members: members.id, pool: pool.id } };
}

/** The titles the list shows, in order. */
export function listedTitles(page: Page) {
  return page.getByTestId('articles-table').getByTestId('article-link');
}

/** Opens the list and waits for its rows. */
export async function openList(app: OpsBenchApp, page: Page, hash = '#/articles') {
  await app.open(hash);
  // The first open builds the page; a loaded machine takes seconds.
  await expect(page.getByTestId('articles-page')).toBeVisible({ timeout: 30_000 });
}
