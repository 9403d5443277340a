import { eq } from 'drizzle-orm';
import type { DocNode } from '../../../src-shared/domain/articles/doc';
import { libraryItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import type { NewLibraryItem } from './items-service';

// The blocks and templates a new workspace (and the demo) starts with. Their ids are fixed, so
// opening, loading the demo again or syncing two devices that both seeded never doubles them,
// and one the operator deleted stays deleted.

const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const bold = (value: string) => text(value, [{ type: 'bold' }]);
const p = (...content: Array<DocNode | string>): DocNode => ({ type: 'paragraph', content: content.map((c) => (typeof c === 'string' ? text(c) : c)) });
const centered = (...content: Array<DocNode | string>): DocNode => ({ ...p(...content), attrs: { textAlign: 'center' } });
const h2 = (value: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
const bullets = (...items: string[]): DocNode => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [p(item)] })) });
const ordered = (...items: string[]): DocNode => ({ type: 'orderedList', attrs: { start: 1 }, content: items.map((item) => ({ type: 'listItem', content: [p(item)] })) });
const quote = (...lines: string[]): DocNode => ({ type: 'blockquote', content: lines.map((line) => p(line)) });
const rule: DocNode = { type: 'horizontalRule' };
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

export const STARTER_ITEMS: ReadonlyArray<NewLibraryItem & { id: string }> = [
  {
    id: 'starter-block-follow',
    kind: 'block',
    category: 'follow',
    name: '关注引导',
    content: doc(centered('▲ 点击上方', bold('蓝字'), '关注我们'), centered('新品首发、会员福利和门店活动，都会先在这里告诉你')),
  },
  {
    id: 'starter-block-recommend',
    kind: 'block',
    category: 'recommend',
    name: '往期推荐',
    content: doc(h2('往期推荐'), bullets('秋冬上新｜一件羊毛大衣的三种穿法', '门店探访｜静安嘉里中心店焕新开业', '会员日回顾｜这 5 件单品被反复问到'), p('（选中标题即可添加往期文章链接）')),
  },
  {
    id: 'starter-block-signature',
    kind: 'block',
    category: 'signature',
    name: '签名',
    content: doc(rule, p('文字｜小林　排版｜阿杰　审核｜王经理'), p('图片来源：品牌自有素材，转载请联系授权')),
  },
  {
    id: 'starter-block-qrcode',
    kind: 'block',
    category: 'qrcode',
    name: '二维码底栏',
    content: doc(rule, centered('长按识别下方二维码，添加专属顾问'), centered('（在此插入二维码图片）'), centered('客服热线 400-820-6688｜工作日 9:00–18:00')),
  },
  {
    id: 'starter-template-launch',
    kind: 'template',
    category: 'other',
    name: '新品发布',
    content: doc(
      p('入秋以来，后台每天都有人留言问：“今年的大衣什么时候上？”今天，它终于来了。'),
      h2('三个亮点'),
      bullets('面料：70% 羊毛混纺，轻而不塌，通勤一整天也不起皱', '版型：落肩微廓形，165 到 175 身高都能撑得起', '颜色：燕麦、炭灰、焦糖三色，和基础款内搭都好配'),
      h2('上市时间与价格'),
      p('11 月 8 日 10:00 起，官方小程序与全部门店同步发售，售价 1299 元。'),
      h2('怎么买'),
      ordered('小程序：首页「新品」栏目直接下单，满 999 元包邮', '门店：到店试穿，可预约专属顾问一对一搭配'),
      quote('小贴士：会员在发售当天下单可获双倍积分。'),
    ),
  },
  {
    id: 'starter-template-event',
    kind: 'template',
    category: 'other',
    name: '活动预告',
    content: doc(
      p('这个周末，我们把手作课搬进了门店。报名已开放，名额有限，先到先得。'),
      h2('活动信息'),
      bullets('时间：12 月 13 日（周六）14:00–16:30', '地点：上海市静安区南京西路 1266 号 3 楼', '费用：免费，现场提供全部材料'),
      h2('活动流程'),
      ordered('14:00 签到，领取材料包', '14:30 手作老师讲解与示范', '15:00 自由创作，老师一对一指导', '16:00 作品合影与分享'),
      h2('报名方式'),
      p('点击文末「阅读原文」填写报名表，报名成功后将收到短信确认。'),
      quote('温馨提示：请提前 10 分钟到场；如需取消，请在活动前一天 18:00 前告诉我们，把名额留给更多朋友。'),
    ),
  },
  {
    id: 'starter-template-festival',
    kind: 'template',
    category: 'other',
    name: '节日海报文',
    content: doc(
      centered('（在此插入节日海报）'),
      centered(bold('冬至 · 数九寒天从今天开始')),
      centered('天再冷，'),
      centered('也总有一碗热汤圆在等你回家。'),
      p('冬至到了，愿你今晚早点下班，和在意的人吃一顿热乎的饭。'),
      p('门店今日 18:00 后到店，可领取暖冬姜茶一杯（每人限一杯，送完即止）。'),
    ),
  },
];

/**
 * Adds the starter items a workspace lacks. `revive` (the demo, loaded over cleared rows) also
 * brings back starter items that were deleted; a normal open leaves the operator's deletions be.
 */
export function seedStarterLibrary(ctx: ServiceContext, { revive = false } = {}): void {
  ctx.repo.transaction(() => {
    for (const { id, ...item } of STARTER_ITEMS) {
      const existing = ctx.db.select({ deletedAt: libraryItems.deletedAt }).from(libraryItems).where(eq(libraryItems.id, id)).get();
      if (!existing) ctx.repo.insert(libraryItems, { id, ...item, content: JSON.stringify(item.content) });
      else if (existing.deletedAt && revive) ctx.repo.restore(libraryItems, id);
    }
  });
}
