import { pngImage } from '../../fixtures/library/images';
import { expect, test } from '../fixtures';
import { anArticleWorkspace, call } from './list-setup';

// 稿件信息: WeChat's limits shown as the operator types (title warns past 32 and is refused past
// 64, author ≤ 16, digest ≤ 120, with what WeChat takes when the digest is empty), and the
// cover cropped 2.35:1 and 1:1.

// A first open builds the page and the editor, which takes a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('the title warns past 32 characters and is refused past 64; an empty digest shows the body start WeChat would take', async ({ app, page }) => {
  const { articles } = await anArticleWorkspace(app);
  await app.open(`#/articles/${articles.autumn}`);
  await expect(page.getByTestId('article-body')).toContainText('桂花香里', { timeout: 30_000 });
  await page.getByTestId('article-meta-open').click();

  await expect(page.getByTestId('article-meta-digest-fallback')).toContainText('十月的苏州，桂花香里，秋季新品陆续到店。 会员到店出示电子卡，可享新品九折。');

  const title = page.getByTestId('article-meta-title');
  await title.fill('秋'.repeat(33));
  await expect(page.getByTestId('article-meta-title-warning')).toBeVisible();
  await title.fill('秋'.repeat(65));
  await page.getByTestId('article-meta-save').click();
  await expect(page.getByTestId('article-meta-form').locator('.ant-form-item-explain-error')).toHaveText('最多 64 个字');

  await title.fill('秋季新品上市：桂花季限定');
  await page.getByTestId('article-meta-digest').fill('十月新品到店，会员九折。');
  await expect(page.getByTestId('article-meta-digest-fallback')).toHaveCount(0);
  await page.getByTestId('article-meta-author').fill('周'.repeat(17));
  await page.getByTestId('article-meta-save').click();
  await expect(page.getByTestId('article-meta-form').locator('.ant-form-item-explain-error')).toHaveText('最多 16 个字');
  await page.getByTestId('article-meta-author').fill('周婷');
  await page.getByTestId('article-meta-save').click();

  await expect(page.getByTestId('article-title')).toHaveText('秋季新品上市：桂花季限定');
  const saved = await call<{ digest: string; item: { title: string } }>(app, 'articles.get', { id: articles.autumn });
  expect(saved.digest).toBe('十月新品到店，会员九折。');
});

test('a cover is uploaded and its 2.35:1 and 1:1 crops are saved where the frames were left', async ({ app, page }) => {
  const { articles } = await anArticleWorkspace(app);
  await app.open(`#/articles/${articles.autumn}`);
  await expect(page.getByTestId('article-header')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('article-meta-open').click();
  await page
    .getByTestId('cover-upload')
    .locator('xpath=ancestor::span[contains(@class,"ant-upload")]//input[@type="file"]')
    .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: pngImage(800, 400) });

  // The 2.35:1 frame starts centred and as wide as the image; its top-left corner is dragged to the image's centre.
  const frame = page.getByTestId('cover-crop-frame');
  await expect(frame).toBeVisible();
  const box = (await page.getByTestId('cover-cropper').boundingBox())!;
  const corner = (await page.getByTestId('cover-crop-nw').boundingBox())!;
  await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();

  await page.getByTestId('cover-shape').getByText('1:1').click();
  await page.getByTestId('cover-crop-frame').focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByTestId('article-meta-save').click();
  await expect(page.getByTestId('article-meta-form')).toHaveCount(0);

  const saved = await call<{ coverAssetId: string; coverWideCrop: { x: number; y: number; w: number; h: number }; coverSquareCrop: { x: number; y: number; w: number; h: number } }>(app, 'articles.get', {
    id: articles.autumn,
  });
  expect(saved.coverAssetId).toMatch(/^[0-9a-f]{64}$/);
  // The wide crop now starts at the middle and keeps 2.35:1 on the 2:1 image.
  expect(saved.coverWideCrop.x).toBeCloseTo(0.5, 1);
  expect(saved.coverWideCrop.x + saved.coverWideCrop.w).toBeCloseTo(1, 2);
  expect((saved.coverWideCrop.w * 800) / (saved.coverWideCrop.h * 400)).toBeCloseTo(2.35, 2);
  // The square crop: the full height, centred, nudged one step left.
  expect(saved.coverSquareCrop.h).toBeCloseTo(1, 5);
  expect(saved.coverSquareCrop.w).toBeCloseTo(0.5, 5);
  expect(saved.coverSquareCrop.x).toBeCloseTo(0.24, 5);
});
