import { PictureOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { libraryHref, libraryRouteDef } from './route';

const LibraryPage = lazy(() => import('./LibraryPage').then((m) => ({ default: m.LibraryPage })));

export const libraryScreen: Screen = {
  key: 'library',
  icon: <PictureOutlined />,
  labelKey: 'library.title',
  href: libraryHref(),
  order: 35,
  pages: [screenPage(libraryRouteDef, LibraryPage)],
};
