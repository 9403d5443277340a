import { describe, expect, it } from 'vitest';
import { createLibraryImagesStore } from '../../../../src-renderer/features/library/store';
import { bmpImage, pngImage, svgImage } from '../../../fixtures/library/images';
import { fakeBackend } from '../fake-api';

const refused = async (file: File) => {
  const backend = fakeBackend({ library: { uploadAsset: () => ({}) } });
  const result = await createLibraryImagesStore(backend).getState().upload(file);
  return { issue: result.ok ? undefined : result.error.issues[0], sent: backend.calls.filter((c) => c.includes('uploadAsset')) };
};

describe('uploading an image from the renderer', () => {
  it('refuses a 50 MB file from its size, an SVG, a BMP and a damaged PNG before sending anything', async () => {
    expect(await refused(new File([new Uint8Array(50 * 1024 * 1024)], 'raw.png', { type: 'image/png' }))).toEqual({
      issue: { path: ['dataBase64'], message: 'library.problems.tooLarge', params: { maxMb: 10, sizeMb: 50 } },
      sent: [],
    });
    expect((await refused(new File([svgImage], 'logo.svg'))).issue).toMatchObject({ message: 'library.problems.svg' });
    expect((await refused(new File([bmpImage], 'scan.bmp'))).issue).toMatchObject({ message: 'library.problems.unsupportedType', params: { type: 'BMP' } });
    const damaged = await refused(new File([new Uint8Array(pngImage(8, 8).subarray(0, 18))], 'cut.png'));
    expect(damaged).toEqual({ issue: expect.objectContaining({ message: 'library.problems.corrupt', params: { type: 'PNG' } }), sent: [] });
    expect((await refused(new File([], 'empty.png'))).issue).toMatchObject({ message: 'library.problems.empty' });
  });
});
