import type { Page } from '@playwright/test';
import { pngImage, svgImage } from '../../fixtures/library/images';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test, type OpsBenchApp } from '../fixtures';

// 素材库: images come in by picker and drop, are shown from the local back end, refused with a
// reason; starter blocks and templates can be previewed, renamed and deleted with undo.

const png = (name: string, width: number, height: number, rgb: [number, number, number]) => ({ name, mimeType: 'image/png', buffer: pngImage(width, height, { rgb }) });

type InPage = { DataTransfer: new () => { items: { add(file: unknown): void } } };

/** Drops files on the drop zone as a drag from the desktop would; `bytes` is the content or, for a big dummy file, its length. */
async function dropFiles(page: Page, files: Array<{ name: string; mimeType: string; bytes: number[] | number }>) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new (globalThis as unknown as InPage).DataTransfer();
    for (const file of list) data.items.add(new File([typeof file.bytes === 'number' ? new Uint8Array(file.bytes) : new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
    return data;
  }, files);
  await page.getByTestId('library-drop').dispatchEvent('drop', { dataTransfer: transfer });
}

const startEmpty = (app: OpsBenchApp) => callApi(app.server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '零售', namingTemplate: '' });

test('uploads an image by the picker, shows it from the back end, keeps one copy of the same image and says why a file is refused', async ({ app, page }) => {
  await startEmpty(app);
  await app.open('#/calendar');
  await page.getByTestId('nav-library').click();
  await expect(page).toHaveURL(/#\/library$/);

  await page.getByTestId('library-file-input').setInputFiles(png('双十一主图.png', 640, 360, [230, 60, 30]));
  const card = page.getByTestId('library-image').filter({ hasText: '双十一主图.png' });
  await expect(card).toContainText('640 × 360');
  await expect(card).toContainText('未被稿件使用');
  await expect(page.getByText('已加入素材库：双十一主图.png')).toBeVisible();
  // The thumbnail is the stored file, served by the back end with the session cookie.
  await expect.poll(() => card.locator('img').evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(640);

  await page.getByTestId('library-file-input').setInputFiles(png('副本.png', 640, 360, [230, 60, 30]));
  await expect(page.getByText('素材库里已有这张图片（双十一主图.png），没有重复保存')).toBeVisible();
  await expect(page.getByTestId('library-image')).toHaveCount(1);

  await page.getByTestId('library-file-input').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svgImage });
  await expect(page.getByText('logo.svg：不支持 SVG 图片')).toBeVisible();
  // A 50 MB photo, made in the page (sending it through the test driver would take longer than the refusal).
  await dropFiles(page, [{ name: '相机原图.png', mimeType: 'image/png', bytes: 50 * 1024 * 1024 }]);
  await expect(page.getByText('相机原图.png：图片太大：最大 10 MB（公众号正文图片的上限），这张约 50 MB。请压缩后再上传')).toBeVisible();
  await expect(page.getByTestId('library-image')).toHaveCount(1);
});

test('takes dropped images and deletes one with undo', async ({ app, page }) => {
  await startEmpty(app);
  await app.open('#/library');
  const files = [png('门店.png', 300, 200, [20, 140, 80]), png('二维码.png', 258, 258, [0, 0, 0])].map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] }));
  await dropFiles(page, files);
  await expect(page.getByTestId('library-image')).toHaveCount(2);

  await page.getByTestId('library-image').filter({ hasText: '门店.png' }).getByTestId('library-image-delete').click();
  await expect(page.getByTestId('library-image')).toHaveCount(1);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('library-image').filter({ hasText: '门店.png' })).toBeVisible();
});

test.describe('in the demo workspace', () => {
  // A copy of the run's demo template (test/e2e/workspace-templates.ts).
  test.use({ demo: DEMO_TODAY });

  test('previews, renames and deletes a starter block, and lists the templates', async ({ app, page }) => {
    await app.open('#/library/blocks');
    const follow = page.getByTestId('library-item').filter({ hasText: '关注引导' });
    await expect(page.getByTestId('library-item')).toHaveCount(4);
    await follow.getByTestId('library-item-preview').click();
    await expect(page.getByTestId('library-item-full')).toContainText('点击上方蓝字关注我们');
    await page.keyboard.press('Escape');

    await follow.getByTestId('library-item-edit').click();
    await page.getByTestId('library-item-name').fill('文末关注引导');
    await page.getByTestId('library-item-save').click();
    await expect(page.getByTestId('library-item').filter({ hasText: '文末关注引导' })).toBeVisible();

    await page.getByTestId('library-item').filter({ hasText: '签名' }).getByTestId('library-item-delete').click();
    await expect(page.getByTestId('library-item')).toHaveCount(3);
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('library-item')).toHaveCount(4);

    await page.getByRole('tab', { name: '文章模板' }).click();
    await expect(page).toHaveURL(/#\/library\/templates$/);
    await expect(page.getByTestId('library-item')).toHaveText([/新品发布/, /活动预告/, /节日海报文/]);
  });
});
