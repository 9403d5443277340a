import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetFile } from '../../../src-main/db/asset-files';
import { BodyEditor } from '../../helpers/article-body';
import type { TestBackend } from '../../helpers/backend';
import { aCode, enroll, lastingDevices, syncAll, useHq } from '../../helpers/sync-devices';
import { articleTexts } from '../../helpers/sync-workspace';
import { base64, pngImage } from '../../fixtures/library/images';

// Everything a workspace holds travels: image files by their hash, recorded plan exports, article
// bodies as Yjs update rows (two laptops editing one article offline end with both edits).

const DEMO_SYNC_TIMEOUT = 240_000;

describe('what sync carries besides plain rows', () => {
  const hq = useHq();
  const aDevice = lastingDevices();
  let first: TestBackend;
  let second: TestBackend;
  beforeAll(async () => {
    const code = await aCode(hq());
    first = aDevice({ demo: true });
    await enroll(first, hq(), code);
    second = aDevice();
    await enroll(second, hq(), code);
  }, DEMO_SYNC_TIMEOUT);

  it(
    'gives the other device an uploaded image as a file with the same bytes',
    async () => {
      const png = pngImage(64, 48, { noise: true, seed: 7 });
      const uploaded = await first.api.library.uploadAsset({ name: '会员日海报.png', dataBase64: base64(png) });
      const up = await first.api.sync.syncNow({});
      expect(up.assetsUp).toBe(1);
      const down = await second.api.sync.syncNow({});
      expect(down.assetsDown).toBe(1);
      expect(readFileSync(assetFile(second.dataDir, uploaded.asset.id))).toEqual(png);
      expect((await second.api.library.listAssets({})).map((a) => a.name)).toContain('会员日海报.png');
    },
    DEMO_SYNC_TIMEOUT,
  );

  it(
    'gives the other device a recorded plan export',
    async () => {
      const [plan] = await first.api.plans.list({});
      const exported = await first.api.plans.exportFile({ id: plan!.id, format: 'md' });
      await syncAll(first, second);
      const onSecond = await second.api.plans.exports({ planId: plan!.id });
      expect(onSecond.map((e) => e.id)).toContain(exported.exportId);
      const record = await second.api.plans.getExport({ id: exported.exportId });
      expect(record.id).toBe(exported.exportId);
    },
    DEMO_SYNC_TIMEOUT,
  );

  it(
    'merges one article edited offline on both devices into the same text holding both edits',
    async () => {
      const [article] = await first.api.articles.list({});
      const id = article!.id;
      const onFirst = new BodyEditor((await first.api.articles.body({ id })).state);
      const onSecond = new BodyEditor((await second.api.articles.body({ id })).state);
      expect(onSecond.text()).toBe(onFirst.text());
      onFirst.addParagraph(0, '第一台：会员日满300减50');
      await first.api.articles.pushUpdates({ id, updates: onFirst.take() });
      onSecond.addParagraph(onSecond.paragraphs, '第二台：停车两小时免费');
      await second.api.articles.pushUpdates({ id, updates: onSecond.take() });

      await syncAll(first, second, first);
      const textOnFirst = new BodyEditor((await first.api.articles.body({ id })).state).text();
      const textOnSecond = new BodyEditor((await second.api.articles.body({ id })).state).text();
      expect(textOnSecond).toBe(textOnFirst);
      expect(textOnFirst).toContain('第一台：会员日满300减50');
      expect(textOnFirst).toContain('第二台：停车两小时免费');
      // The derived body (search, counts) follows the merged log on both.
      expect(articleTexts(second.dataDir)[id]).toBe(articleTexts(first.dataDir)[id]);
      expect(articleTexts(second.dataDir)[id]).toContain('第一台');
    },
    DEMO_SYNC_TIMEOUT,
  );
});
