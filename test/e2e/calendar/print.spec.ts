import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { Account } from '../../../src-shared/contract/accounts';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// The printable month (排期表) printed to PDF by Chromium, as the browser's print and Electron's
// save as PDF do (both print the same page with its print CSS), and read back with poppler.

/** Prints the preview on screen to a PDF in the test's folder; answers its text page by page (without spaces and line breaks: titles wrap in their cells) and its page size. */
async function printToPdf(page: Page, name: string): Promise<{ pages: string[]; size: string }> {
  await expect(page.locator('[data-testid="calendar-print-view"][data-ready]')).toBeVisible();
  const file = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file]).toString();
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'])
      .toString()
      .replace(/\s+/g, ''),
  );
  return { pages, size: /^Page size:\s+(.*)$/m.exec(info)![1]! };
}

test('prints the month as an A4 landscape 排期表: every account on one sheet, or one page per account', async ({ app, page }) => {
  const accounts = (await callApi(app.server, 'accounts.list')) as Account[];
  const [service, subscription] = [accounts.find((a) => a.platform === 'wechat_service')!, accounts.find((a) => a.platform === 'wechat_subscription')!];
  // 10月3日 is a 国庆 holiday (休); 10月10日 a 调休 working day (班).
  await callApi(app.server, 'calendar.createItem', { accountId: service.id, date: '2026-10-03', slot: 1, title: '打印测试：国庆夜市特辑' });
  await callApi(app.server, 'calendar.createItem', { accountId: subscription.id, date: '2026-10-21', slot: 1, title: '打印测试：秋季会员日' });
  await callApi(app.server, 'calendar.saveKeyDate', { date: '2026-10-15', name: '打印测试发布会', kind: 'launch', notes: '' });
  const october = (await callApi(app.server, 'calendar.listItems', { from: '2026-10-01', to: '2026-10-31' })) as CalendarItem[];
  const planned = accounts.filter((a) => october.some((item) => item.accountId === a.id));

  await app.open('#/calendar?view=month&date=2026-10-01');
  await expect(page.getByTestId('calendar-day-2026-10-03')).toContainText('打印测试：国庆夜市特辑');
  // Ctrl+P opens the 排期表's print dialog instead of printing the screen.
  await page.keyboard.press('Control+KeyP');
  await expect(page.getByTestId('calendar-print-dialog')).toBeVisible();
  await page.getByTestId('calendar-print-open').click();
  await expect(page).toHaveURL(/#\/calendar\/print\?view=month&date=2026-10-01$/);

  const all = await printToPdf(page, 'all-accounts');
  expect(all.size).toBe('841.92 x 594.96 pts (A4)');
  const allText = all.pages.join('\n');
  for (const text of ['华东分公司', '2026年10月内容排期表', '打印测试：国庆夜市特辑', '打印测试：秋季会员日', '打印测试发布会', '国庆节', '休', '班', service.name]) expect(allText).toContain(text);
  expect(allText).toMatch(/打印于\d{4}-\d{2}-\d{2}\d{2}:\d{2}/);
  // Page numbers in the bottom margin: "1 / 1".
  all.pages.forEach((text, i) => expect(text).toContain(`${i + 1}/${all.pages.length}`));

  // One page per account, through 导出/打印 ▾: each page is one account's month with its own header.
  await page.getByTestId('calendar-print-back').click();
  await expect(page.getByTestId('calendar-month')).toBeVisible();
  await page.getByTestId('calendar-export').click();
  await page.getByTestId('calendar-print').click();
  await page.getByTestId('calendar-print-mode-accounts').click();
  await page.getByTestId('calendar-print-open').click();
  await expect(page).toHaveURL(/mode=accounts/);
  await expect(page.getByTestId('calendar-print-sheet')).toHaveCount(planned.length);
  const perAccount = await printToPdf(page, 'per-account');
  expect(perAccount.pages).toHaveLength(planned.length);
  perAccount.pages.forEach((text, i) => {
    expect(text).toContain(planned[i]!.name);
    expect(text).toContain('2026年10月内容排期表');
  });
  expect(perAccount.pages[planned.indexOf(service)]).toContain('打印测试：国庆夜市特辑');
  expect(perAccount.pages[planned.indexOf(service)]).not.toContain('打印测试：秋季会员日');

  // On screen the preview covers the app; on paper only the sheets are printed.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('calendar-print-back')).toBeHidden();
  await expect(page.getByTestId('nav-calendar')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/calendar\?view=month&date=2026-10-01$/);
});
