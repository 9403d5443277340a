import { FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { articleRouteDef, articlesRoute, articlesRouteDef } from './route';

const ArticlesPage = lazy(() => import('./ArticlesPage').then((m) => ({ default: m.ArticlesPage })));
const ArticlePage = lazy(() => import('./ArticlePage').then((m) => ({ default: m.ArticlePage })));

export const articlesScreen: Screen = {
  key: 'articles',
  icon: <FileTextOutlined />,
  labelKey: 'articles.nav',
  href: articlesRouteDef.href(articlesRoute()),
  // Right after 内容日历: an article is written from a planned item.
  order: 15,
  pages: [screenPage(articleRouteDef, ArticlePage), screenPage(articlesRouteDef, ArticlesPage)],
};
