import { CommentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { communityHref, communityRouteDef } from './route';

const CommunityPage = lazy(() => import('./CommunityPage').then((m) => ({ default: m.CommunityPage })));

export const communityScreen: Screen = {
  key: 'community',
  icon: <CommentOutlined />,
  labelKey: 'community.nav',
  href: communityHref(),
  // After 关注点: the groups where followers talk.
  order: 22,
  pages: [screenPage(communityRouteDef, CommunityPage)],
};
