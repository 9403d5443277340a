import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';

// The GBK CSV Chinese Excel writes (see test/integration/calendar-transfer.test.ts): four good
// rows for the demo's accounts in December 2026 and a bad date in row 5.
const GBK_CSV = join(import.meta.dirname, '..', '..', 'fixtures', 'calendar', 'import-gbk.csv');

test('exports the month as Excel and imports a GBK CSV with one bad row into the calendar', async ({ app, page }) => {
  await callApi(app.server, 'workspace.loadDemo', { today: DEMO_TODAY });
  await app.open('#/calendar?view=month&date=2026-10-01');
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月');

  const download = page.waitForEvent('download');
  await page.getByTestId('calendar-export').click();
  await page.getByTestId('calendar-export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('内容日历_2026-10-01_2026-10-31.xlsx'); // the month, not the grid's edges
  const bytes = readFileSync(await file.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip

  const ics = page.waitForEvent('download');
  await page.getByTestId('calendar-export').click();
  await page.getByTestId('calendar-export-ics').click();
  const icsFile = await ics;
  expect(icsFile.suggestedFilename()).toBe('内容日历_2026-10-01_2026-10-31.ics');
  const text = readFileSync(await icsFile.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  // Long lines are folded at 75 octets (RFC 5545); unfolded, the demo's 国庆 push is there.
  expect(text.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:【悦汇·上海生活】头条｜国庆快乐｜七天乐活动全攻略');

  await page.getByTestId('calendar-next').click();
  await page.getByTestId('calendar-next').click();
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年12月');
  await page.getByTestId('calendar-import').click();
  const dialog = page.getByTestId('calendar-import-dialog');
  await dialog.locator('input[type=file]').setInputFiles(GBK_CSV);
  await expect(dialog).toContainText('GBK');
  await expect(dialog.getByTestId('calendar-import-row-5')).toContainText('日期「2026-12-32」无法使用：这一天不存在');
  await expect(dialog.getByTestId('calendar-import-counts')).toContainText('有错误 1');
  await expect(dialog.getByTestId('calendar-import-row-2')).not.toContainText('无法识别');
  await expect(dialog.getByTestId('calendar-import-row-5')).toContainText('有问题');
  await expect(dialog.getByTestId('calendar-import-row-2')).toContainText('新增');

  // The rows that will not be imported, as a file: the original columns plus 问题.
  const rejectedDownload = page.waitForEvent('download');
  await page.getByTestId('calendar-import-download-rejected').click();
  const rejected = await rejectedDownload;
  expect(rejected.suggestedFilename()).toBe('import-gbk_未导入的行.csv');
  const rejectedLines = readFileSync(await rejected.path(), 'utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n');
  expect(rejectedLines[0]).toBe('账号,发布日期,时间,位置,栏目,标题,选题说明,负责人,截稿日期,状态,标签,问题');
  expect(rejectedLines[1]).toContain('第 5 行 发布日期：日期「2026-12-32」无法使用');

  // Saving the mapping: the same header next time says it was applied.
  await dialog.getByTestId('calendar-import-mapping-save').click();
  await page.getByTestId('calendar-import-mapping-name').fill('市场部排期表');
  await page.getByTestId('calendar-import-mapping-save-confirm').click();
  await expect(dialog.getByTestId('calendar-import-saved-applied')).toContainText('已自动套用保存的对应关系「市场部排期表」');
  const confirm = page.getByTestId('calendar-import-confirm');
  await expect(confirm).toHaveText('导入 4 条');
  await confirm.click();
  await expect(page.getByText('已导入 4 条，跳过重复 0 条，错误 1 条')).toBeVisible();
  await expect(dialog).toBeHidden();

  // Its column 美食地图 was found: the chip shows it as a tag, not again in the title.
  // (A busy month day may show one-line chips without the tag: the list view shows it always.)
  await page.keyboard.press('3');
  await expect(page.getByTestId('calendar-item').filter({ hasText: '冬日火锅季开吃' }).getByTestId('calendar-item-column')).toHaveText('美食地图');
  await page.keyboard.press('1');
  await expect(page.getByTestId('calendar-day-2026-12-04')).toContainText('冬至｜一碗汤圆的温暖');
  await expect(page.getByTestId('calendar-day-2026-12-09')).toContainText('会员日｜积分翻倍');
  await expect(page.getByTestId('calendar-day-2026-12-12')).toContainText('双12｜年终好物清单');
  await expect(page.getByTestId('calendar-month')).not.toContainText('日期写错的一行');

  // The same file again: everything is already there.
  await page.getByTestId('calendar-import').click();
  await dialog.locator('input[type=file]').setInputFiles(GBK_CSV);
  await expect(dialog.getByTestId('calendar-import-counts')).toContainText('重复 4');
  await expect(dialog.getByTestId('calendar-import-saved-applied')).toContainText('市场部排期表');
  await expect(confirm).toBeDisabled();
});
