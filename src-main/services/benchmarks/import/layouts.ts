import type { BenchmarkLayout } from '../../../../src-shared/contract/benchmarks';
import { normalizeHeader } from '../../imports/header';
import { suggestMapping } from '../../imports/pipeline';

// The files benchmarks read, one layout each: which fields a layout has, the names its columns go
// by (the tool's own header first, then the names people and other tools use), which fields a
// file must have to be this layout, and who made the figures (the record's source name).
//
// Confirmed from public descriptions: 公众号后台 用户分析 (用户增长) exports 时间, 新关注人数,
// 取消关注人数, 净增关注人数, 累积关注人数 (older pages: 新增人数, 净增人数, 累积人数); its
// 内容分析 exports use 阅读次数/阅读人数, 分享次数/分享人数, 阅读原文次数, 收藏次数, 送达人数.
// 新榜's and 西瓜数据's article exports are not documented publicly: their headers here are the
// names those tools show on screen (阅读数, 在看数, 点赞数, 发布时间, 位置 …) with many aliases.

export type PostField = 'account' | 'handle' | 'publishedAt' | 'time' | 'position' | 'title' | 'url' | 'kind' | 'reads' | 'zaikan' | 'likes' | 'shares' | 'newFollowersDay1' | 'newFollowersDay7';

export const FIGURE_FIELDS = [
  'followers',
  'articles',
  'reads',
  'readsHeadline',
  'readsMax',
  'zaikan',
  'zaikanHeadline',
  'zaikanMax',
  'likes',
  'likesHeadline',
  'likesMax',
  'shares',
  'sharesHeadline',
  'sharesMax',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];
export type SnapshotField = 'account' | 'handle' | 'period' | 'periodStart' | FigureField;

export type FollowerField = 'date' | 'newFollowers' | 'unfollows' | 'netGain' | 'cumulative';

export type BenchField = PostField | SnapshotField | FollowerField;

export interface LayoutDef<F extends string> {
  layout: BenchmarkLayout;
  kind: 'posts' | 'snapshots' | 'followers';
  fields: readonly F[];
  headerNames: Record<F, readonly string[]>;
  required: readonly F[];
  /** The tool that made the file (the records' source name); null: the file's name. */
  tool: string | null;
  /** The rows name no account: they belong to one own WeChat account, chosen on import. */
  ownAccount: boolean;
}

// Names shared by article lists; each layout puts its tool's own names first.
const ACCOUNT = ['公众号', '公众号名称', '账号', '账号名称', '名称', '公众号昵称', 'account', 'accountname'];
const HANDLE = ['微信号', '微信id', '公众号id', '账号id', 'wechatid', 'handle'];
const PUBLISHED = ['发布时间', '发文时间', '发表时间', '推送时间', '发布日期', '发文日期', '发表日期', '日期', 'publishedat', 'publishtime', 'date'];
const TIME = ['时间', 'time'];
const POSITION = ['位置', '发文位置', '文章位置', '推送位置', '条位', '头条/次条', '位次', '发文顺序', 'position', 'idx'];
const TITLE = ['标题', '文章标题', '内容标题', 'title'];
const URL = ['原文链接', '链接', '文章链接', '文章地址', 'url', 'link'];
const KIND = ['类型', '栏目', '分类', '文章类型', '内容类型', 'kind', 'type', 'column'];
const READS = ['阅读数', '阅读量', '阅读', '阅读次数', '总阅读次数', '阅读人数', '总阅读人数', 'reads'];
const ZAIKAN = ['在看数', '在看', '在看量', '在看人数', '在看次数', '好看数', 'zaikan', 'wow'];
const LIKES = ['点赞数', '点赞', '点赞量', '点赞人数', '点赞次数', '赞', 'likes'];
const SHARES = ['转发数', '分享数', '转发', '分享', '转发量', '分享量', '分享次数', '分享人数', '总分享次数', '总分享人数', 'shares'];
const DAY1 = ['首日新增关注', '首日关注', '当日新增关注', 'newfollowersday1'];
const DAY7 = ['7日新增关注', '七日新增关注', '阅读后关注人数', '阅读后关注', 'newfollowersday7'];

/** Puts a tool's own names first, keeping the shared aliases after them. */
const own = (first: readonly string[], shared: readonly string[]) => [...first, ...shared.filter((n) => !first.includes(n))];

const POST_FIELDS: readonly PostField[] = ['account', 'handle', 'publishedAt', 'time', 'position', 'title', 'url', 'kind', 'reads', 'zaikan', 'likes', 'shares', 'newFollowersDay1', 'newFollowersDay7'];

const postNames = (first: Partial<Record<PostField, readonly string[]>>): Record<PostField, readonly string[]> => ({
  account: own(first.account ?? [], ACCOUNT),
  handle: own(first.handle ?? [], HANDLE),
  publishedAt: own(first.publishedAt ?? [], PUBLISHED),
  time: own(first.time ?? [], TIME),
  position: own(first.position ?? [], POSITION),
  title: own(first.title ?? [], TITLE),
  url: own(first.url ?? [], URL),
  kind: own(first.kind ?? [], KIND),
  reads: own(first.reads ?? [], READS),
  zaikan: own(first.zaikan ?? [], ZAIKAN),
  likes: own(first.likes ?? [], LIKES),
  shares: own(first.shares ?? [], SHARES),
  newFollowersDay1: own(first.newFollowersDay1 ?? [], DAY1),
  newFollowersDay7: own(first.newFollowersDay7 ?? [], DAY7),
});

const ARTICLE_REQUIRED: readonly PostField[] = ['account', 'publishedAt', 'title', 'reads'];

const newrank: LayoutDef<PostField> = {
  layout: 'newrank_posts',
  kind: 'posts',
  fields: POST_FIELDS,
  headerNames: postNames({
    account: ['公众号'],
    publishedAt: ['发布时间'],
    position: ['位置'],
    title: ['标题'],
    reads: ['阅读数'],
    zaikan: ['在看数'],
    likes: ['点赞数'],
    shares: ['转发数'],
    url: ['原文链接'],
    kind: ['类型'],
  }),
  required: ARTICLE_REQUIRED,
  tool: '新榜',
  ownAccount: false,
};

const xigua: LayoutDef<PostField> = {
  layout: 'xigua_posts',
  kind: 'posts',
  fields: POST_FIELDS,
  headerNames: postNames({
    account: ['公众号名称'],
    handle: ['微信号'],
    publishedAt: ['发文时间'],
    position: ['发文位置'],
    title: ['文章标题'],
    reads: ['阅读量'],
    zaikan: ['在看量'],
    likes: ['点赞量'],
    shares: ['转发量'],
    url: ['文章链接'],
    kind: ['文章类型'],
  }),
  required: ARTICLE_REQUIRED,
  tool: '西瓜数据',
  ownAccount: false,
};

const wechatArticles: LayoutDef<PostField> = {
  layout: 'wechat_articles',
  kind: 'posts',
  fields: POST_FIELDS.filter((f) => f !== 'account' && f !== 'handle'),
  headerNames: postNames({
    publishedAt: ['发表时间', '群发时间'],
    title: ['内容标题'],
    reads: ['阅读次数', '总阅读次数', '阅读人数', '总阅读人数'],
    zaikan: ['在看人数', '在看次数'],
    likes: ['点赞人数', '点赞次数'],
    shares: ['分享次数', '总分享次数', '分享人数', '总分享人数'],
    newFollowersDay7: ['阅读后关注人数'],
    url: ['内容链接'],
  }),
  required: ['publishedAt', 'title', 'reads'],
  tool: '公众号后台',
  ownAccount: true,
};

const ourPosts: LayoutDef<PostField> = {
  layout: 'posts',
  kind: 'posts',
  fields: POST_FIELDS,
  headerNames: postNames({ account: ['账号'], publishedAt: ['发布时间'], position: ['位置'], title: ['标题'], url: ['链接'], kind: ['类型'], reads: ['阅读'], zaikan: ['在看'], likes: ['点赞'], shares: ['分享'] }),
  required: ARTICLE_REQUIRED,
  tool: null,
  ownAccount: false,
};

const figureNames = (word: string, aliases: readonly string[], en: string) => ({
  total: [`${word}总数`, `${word}数`, `总${word}`, `${word}合计`, ...aliases, en],
  headline: [`头条${word}`, `头条${word}数`, `${word}头条`, `${en}headline`],
  max: [`最高${word}`, `单篇最高${word}`, `${word}最高`, `最高${word}数`, `${en}max`],
});
const READ_NAMES = figureNames('阅读', ['阅读量', '总阅读量'], 'reads');
const ZAIKAN_NAMES = figureNames('在看', [], 'zaikan');
const LIKE_NAMES = figureNames('点赞', [], 'likes');
const SHARE_NAMES = figureNames('分享', ['转发总数', '转发数'], 'shares');

const snapshots: LayoutDef<SnapshotField> = {
  layout: 'snapshots',
  kind: 'snapshots',
  fields: ['account', 'handle', 'period', 'periodStart', ...FIGURE_FIELDS],
  headerNames: {
    account: own(['账号'], ACCOUNT),
    handle: HANDLE,
    period: ['周期', '周期类型', '榜单类型', 'period', 'periodkind'],
    periodStart: ['开始日期', '周期开始', '月份', '周', '统计周期', '起始日期', 'start', 'periodstart', 'month'],
    followers: ['粉丝数', '粉丝', '关注人数', '累积关注人数', '预估粉丝数', 'followers'],
    articles: ['发文数', '文章数', '发文篇数', '群发篇数', 'articles'],
    reads: READ_NAMES.total,
    readsHeadline: READ_NAMES.headline,
    readsMax: READ_NAMES.max,
    zaikan: ZAIKAN_NAMES.total,
    zaikanHeadline: ZAIKAN_NAMES.headline,
    zaikanMax: ZAIKAN_NAMES.max,
    likes: LIKE_NAMES.total,
    likesHeadline: LIKE_NAMES.headline,
    likesMax: LIKE_NAMES.max,
    shares: SHARE_NAMES.total,
    sharesHeadline: SHARE_NAMES.headline,
    sharesMax: SHARE_NAMES.max,
  },
  required: ['account', 'periodStart'],
  tool: null,
  ownAccount: false,
};

const wechatUsers: LayoutDef<FollowerField> = {
  layout: 'wechat_users',
  kind: 'followers',
  fields: ['date', 'newFollowers', 'unfollows', 'netGain', 'cumulative'],
  headerNames: {
    date: ['时间', '日期', 'date'],
    newFollowers: ['新关注人数', '新增关注人数', '新增人数', '新关注', 'newfollowers'],
    unfollows: ['取消关注人数', '取关人数', '取消关注', 'unfollows'],
    netGain: ['净增关注人数', '净增人数', '净增关注', 'netgain'],
    cumulative: ['累积关注人数', '累计关注人数', '累积人数', '累计人数', '总关注人数', 'cumulative'],
  },
  required: ['date', 'cumulative'],
  tool: '公众号后台',
  ownAccount: true,
};

export type AnyLayoutDef = LayoutDef<PostField> | LayoutDef<SnapshotField> | LayoutDef<FollowerField>;

export const LAYOUTS: Record<BenchmarkLayout, AnyLayoutDef> = {
  newrank_posts: newrank,
  xigua_posts: xigua,
  wechat_articles: wechatArticles,
  wechat_users: wechatUsers,
  snapshots,
  posts: ourPosts,
};

/** On a tie, the neutral template first (its source is the file's name, not a tool it may not come from). */
const TIE_ORDER: readonly BenchmarkLayout[] = ['posts', 'newrank_posts', 'xigua_posts', 'wechat_articles', 'snapshots', 'wechat_users'];

export interface LayoutMatch {
  layout: BenchmarkLayout;
  /** Fields the header maps. */
  mapped: number;
  /** Required fields the header lacks. */
  missing: string[];
  /** Share of the required fields the header has. */
  fit: number;
}

/** How a header fits a layout, by the pipeline's own suggestion; canonical = fields matched by the tool's own name. */
export function matchLayout(def: AnyLayoutDef, header: readonly string[]): LayoutMatch & { canonical: number } {
  const spec = def as LayoutDef<string>;
  const mapping = suggestMapping(spec, header);
  const mapped = spec.fields.filter((field) => mapping[field] !== null);
  const canonical = mapped.filter((field) => normalizeHeader(header[mapping[field]!]!) === normalizeHeader(spec.headerNames[field]![0] ?? '')).length;
  const missing = spec.required.filter((field) => mapping[field] === null);
  return { layout: def.layout, mapped: mapped.length, canonical, missing, fit: 1 - missing.length / spec.required.length };
}

/**
 * The layout a header is: of those whose required fields all map, the one mapping most fields
 * (then most by the tool's own names); undefined when none fits, with each layout's missing fields.
 */
export function detectLayout(header: readonly string[]): { layout: BenchmarkLayout | undefined; matches: LayoutMatch[] } {
  const matches = TIE_ORDER.map((layout) => matchLayout(LAYOUTS[layout], header));
  const fitting = matches.filter((m) => m.missing.length === 0);
  fitting.sort((a, b) => b.mapped - a.mapped || b.canonical - a.canonical);
  return { layout: fitting[0]?.layout, matches };
}

/** The layout a header comes closest to (most of its required columns there, then most mapped): whose missing columns a file that fits none is told. */
export function closestLayout(matches: readonly LayoutMatch[]): LayoutMatch {
  return [...matches].sort((a, b) => b.fit - a.fit || b.mapped - a.mapped)[0]!;
}
