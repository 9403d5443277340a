import { createStore, type StoreApi } from 'zustand';
import type { LibraryItem, LibraryItemInput, ListedAsset } from '../../../src-shared/contract/library';
import { ASSET_SRC_PREFIX } from '../../../src-shared/domain/library/asset-src';
import { MAX_IMAGE_BYTES, readImageInfo } from '../../../src-shared/domain/library/image-info';
import { ApiCallError, asApiError, type ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import { attempt, type SaveResult } from '../../lib/result';

// 素材库: the images (content-addressed files) and the templates and blocks.

export type LibraryItemsState = ListState<LibraryItem, LibraryItemInput>;

export function createLibraryItemsStore(deps: ApiDeps): StoreApi<LibraryItemsState> {
  const { api } = deps;
  const endpoints = {
    list: () => api.library.list({}),
    create: (input: LibraryItemInput) => api.library.create(input),
    update: (id: string, { name, category, content }: LibraryItemInput) => api.library.update({ id, patch: { name, category, content } }),
    remove: (id: string) => api.library.remove({ id }),
    restore: (id: string) => api.library.restore({ id }),
  };
  return createListStore(endpoints, deps, { domain: 'library' });
}

export const [libraryItemsStore, useLibraryItems] = liveStore(createLibraryItemsStore);

/** What the editor puts in an image node: the asset's address and its size. */
export interface UploadedImage {
  src: `asset:${string}`;
  width: number;
  height: number;
  name: string;
  /** false when the same image was already in the library. */
  added: boolean;
}

export interface LibraryImagesState {
  assets: ListedAsset[];
  loading: boolean;
  loaded: boolean;
  /** How many uploads are under way. */
  uploading: number;
  error: ApiCallError | null;
  load(): Promise<void>;
  upload(file: File): Promise<SaveResult<UploadedImage>>;
  remove(id: string): Promise<SaveResult<unknown>>;
  restore(id: string): Promise<SaveResult<unknown>>;
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const refusal = (message: string, params: Record<string, unknown> = {}) => new ApiCallError('validation', message, [{ path: ['dataBase64'], message, params }]);

function dataUrlOf(file: File): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * The file as base64, or its refusal said before any byte is sent (the back end checks the same
 * again): a 50 MB file is refused from its size at once, never read into memory.
 */
async function readCheckedImage(file: File): Promise<string> {
  if (file.size === 0) throw refusal('library.problems.empty');
  if (file.size > MAX_IMAGE_BYTES) throw refusal('library.problems.tooLarge', { maxMb: megabytes(MAX_IMAGE_BYTES), sizeMb: megabytes(file.size) });
  const info = readImageInfo(new Uint8Array(await file.arrayBuffer()));
  if (!info.ok && info.reason === 'corrupt') throw refusal('library.problems.corrupt', { type: info.mime.slice('image/'.length).toUpperCase() });
  if (!info.ok && info.kind === 'SVG') throw refusal('library.problems.svg');
  if (!info.ok) throw refusal(info.kind ? 'library.problems.unsupportedType' : 'library.problems.unknownType', { type: info.kind });
  const dataUrl = await dataUrlOf(file);
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

export function createLibraryImagesStore(deps: ApiDeps): StoreApi<LibraryImagesState> {
  const { api } = deps;
  // Articles change which images they use: their events refresh the counts too.
  const freshness = reloadOnChange(['library', 'articles'], () => (store.getState().loaded ? store.getState().load() : undefined));
  const store: StoreApi<LibraryImagesState> = createStore<LibraryImagesState>()((set, get) => ({
    assets: [],
    loading: false,
    loaded: false,
    uploading: 0,
    error: null,
    async load() {
      freshness.loading();
      set({ loading: true });
      try {
        set({ assets: await api.library.listAssets({}), loading: false, loaded: true, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async upload(file) {
      set({ uploading: get().uploading + 1 });
      const read = await attempt(() => readCheckedImage(file));
      const sent = read.ok
        ? await follower.write(
            () => api.library.uploadAsset({ name: file.name || 'image', dataBase64: read.data }),
            ({ asset }) => {
              if (!get().assets.some((a) => a.id === asset.id)) set({ assets: [{ ...asset, usedIn: [] }, ...get().assets] });
              return [asset.id];
            },
          )
        : read;
      set({ uploading: get().uploading - 1 });
      if (!sent.ok) return sent;
      const { asset, added } = sent.data;
      return { ok: true, data: { src: `${ASSET_SRC_PREFIX}${asset.id}`, width: asset.width, height: asset.height, name: asset.name, added } };
    },
    async remove(id) {
      const before = get().assets;
      set({ assets: before.filter((a) => a.id !== id) });
      const result = await follower.write(
        () => api.library.removeAsset({ id }),
        () => [id],
      );
      if (!result.ok) set({ assets: before });
      return result;
    },
    async restore(id) {
      const result = await follower.write(
        () => api.library.restoreAsset({ id }),
        () => [id],
      );
      // Its place and its articles come with the list.
      if (result.ok) await get().load();
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'library');
  return store;
}

export const [libraryImagesStore, useLibraryImages] = liveStore(createLibraryImagesStore);

/**
 * Puts an image file into the library for the editor (picked, pasted or dropped): its address
 * `asset:<sha256>` and size, or rejects with an `ApiCallError` whose first issue says why (type,
 * size, damaged header), which `errorText` / `useShowError` put in the operator's language.
 */
export async function uploadImage(file: File): Promise<{ src: `asset:${string}`; width: number; height: number }> {
  const result = await libraryImagesStore().getState().upload(file);
  if (!result.ok) throw result.error;
  const { src, width, height } = result.data;
  return { src, width, height };
}
