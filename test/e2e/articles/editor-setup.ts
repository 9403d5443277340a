import type { Page } from '@playwright/test';
import { anAccount } from '../../fixtures/account-input';
import { callApi } from '../../helpers/web-server';
import { expect, type OpsBenchApp } from '../fixtures';

// Shared steps of the editor specs: a workspace with one account and an article, opened in its
// page, and a paste as the browser delivers one.

/** Creates a workspace, an account and an article (its body empty), and returns the article's id. */
export async function anArticle(app: OpsBenchApp, title = '秋季新品上市'): Promise<string> {
  await callApi(app.server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '' });
  const account = (await callApi(app.server, 'accounts.create', anAccount())) as { id: string };
  const article = (await callApi(app.server, 'articles.create', { accountId: account.id, title, date: '2026-10-20' })) as { id: string };
  return article.id;
}

/** Opens the article's page and waits for its body to be editable. */
export async function openArticle(app: OpsBenchApp, page: Page, id: string) {
  await app.open(`#/articles/${id}`);
  // The first open builds the page and the editor; a loaded machine takes seconds.
  await expect(bodyOf(page)).toBeVisible({ timeout: 30_000 });
}

export function bodyOf(page: Page) {
  return page.getByTestId('article-body').locator('.tiptap');
}

export function saveStatus(page: Page) {
  return page.getByTestId('save-status');
}

/** The page's globals a paste needs (the specs compile without the DOM's types). */
interface PageGlobals {
  DataTransfer: new () => { setData(type: string, data: string): void };
  ClipboardEvent: new (type: string, init: object) => object;
}

/** Pastes into the body as a real paste event carries it (text/html and text/plain on the clipboard). */
export async function paste(page: Page, data: { html?: string; text?: string }) {
  await bodyOf(page).evaluate((element, { html, text }) => {
    const { DataTransfer, ClipboardEvent } = globalThis as unknown as PageGlobals;
    const transfer = new DataTransfer();
    if (html !== undefined) transfer.setData('text/html', html);
    if (text !== undefined) transfer.setData('text/plain', text);
    (element as unknown as { dispatchEvent(event: object): boolean }).dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
