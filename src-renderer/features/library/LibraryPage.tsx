import { App, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryItem, ListedAsset } from '../../../src-shared/contract/library';
import { useUndoable } from '../../components/use-undo';
import { navigate } from '../../lib/router';
import { useShowError } from '../../lib/use-show-error';
import { ImagesGrid } from './ImagesGrid';
import { ItemEditDrawer } from './ItemEditDrawer';
import { ItemsGrid } from './ItemsGrid';
import { libraryHref, type LibraryRoute, type LibraryTab } from './route';
import { libraryImagesStore, libraryItemsStore, useLibraryImages, useLibraryItems } from './store';

function ImagesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const undoable = useUndoable();
  const assets = useLibraryImages((s) => s.assets);
  const loaded = useLibraryImages((s) => s.loaded);
  const uploading = useLibraryImages((s) => s.uploading > 0);
  const images = libraryImagesStore().getState();

  const upload = async (files: File[]) => {
    for (const file of files) {
      const result = await images.upload(file);
      if (!result.ok) showError(result.error, `${file.name}：`);
      else void message.success(t(result.data.added ? 'library.uploaded' : 'library.alreadyThere', { name: result.data.name }));
    }
  };
  const remove = (asset: ListedAsset) =>
    void undoable(
      () => images.remove(asset.id),
      t('library.imageDeleted', { name: asset.name }),
      () => images.restore(asset.id),
    );
  return <ImagesGrid assets={assets} loaded={loaded} uploading={uploading} onFiles={(files) => void upload(files)} onRemove={remove} />;
}

function ItemsTab({ kind }: { kind: LibraryItem['kind'] }) {
  const { t } = useTranslation();
  const undoable = useUndoable();
  const rows = useLibraryItems((s) => s.rows);
  const loaded = useLibraryItems((s) => s.loaded);
  const [editing, setEditing] = useState<LibraryItem | null>(null);
  const items = libraryItemsStore().getState();
  const remove = (item: LibraryItem) =>
    void undoable(
      () => items.remove(item.id),
      t('library.itemDeleted', { name: item.name }),
      () => items.restore(item.id),
    );
  return (
    <>
      <ItemsGrid items={rows.filter((r) => r.kind === kind)} loaded={loaded} emptyText={t(kind === 'block' ? 'library.blocksEmpty' : 'library.templatesEmpty')} onEdit={setEditing} onRemove={remove} />
      <ItemEditDrawer item={editing} onClose={() => setEditing(null)} />
    </>
  );
}

/** 素材库: images, reusable blocks and article templates. */
export function LibraryPage({ route }: { route: LibraryRoute }) {
  const { t } = useTranslation();
  useEffect(() => {
    void libraryImagesStore().getState().load();
    void libraryItemsStore().getState().load();
  }, []);
  const tabs: Array<{ key: LibraryTab; label: string; children: React.ReactNode }> = [
    { key: 'images', label: t('library.tabs.images'), children: <ImagesTab /> },
    { key: 'blocks', label: t('library.tabs.blocks'), children: <ItemsTab kind="block" /> },
    { key: 'templates', label: t('library.tabs.templates'), children: <ItemsTab kind="template" /> },
  ];
  return (
    <div data-testid="library-page" style={{ padding: 24 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('library.title')}
      </Typography.Title>
      <Tabs activeKey={route.tab} onChange={(tab) => navigate(libraryHref(tab as LibraryTab))} items={tabs} destroyOnHidden />
    </div>
  );
}
