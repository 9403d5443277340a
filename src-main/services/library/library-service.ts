import type { ServiceContext } from '../context';
import { createAssetsService } from './assets-service';
import { createItemsService } from './items-service';

/** 素材库: images (content-addressed files) and templates and blocks (ProseMirror JSON). */
export function createLibraryService(ctx: ServiceContext) {
  return { ...createAssetsService(ctx), ...createItemsService(ctx) };
}

export { seedStarterLibrary } from './starter-library';
