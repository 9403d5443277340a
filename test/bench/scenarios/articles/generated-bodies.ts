import type { DocNode } from '../../../../src-shared/domain/articles/doc';

// Article bodies for the search bench: a mall's WeChat posts written from sentence patterns and
// word lists (stores, brands, foods, places, numbers), 800–2,600 characters with headings,
// paragraphs, lists and a quote, so the trigram index holds what real bodies give it: common
// words in most articles, brand and dish names in a few, and a long tail.

const CITIES = ['上海', '杭州', '南京', '苏州', '宁波', '无锡', '合肥', '常州', '嘉兴', '绍兴', '扬州', '温州'];
const FLOORS = ['B2', 'B1', 'L1', 'L2', 'L3', 'L4', 'L5', '中庭', '北广场', '南门', '屋顶花园', '星光连廊'];
const STORES = ['咖啡馆', '书店', '花店', '面包房', '火锅店', '茶饮店', '潮玩店', '运动旗舰店', '美妆集合店', '亲子乐园', '影城', '超市', '眼镜店', '甜品站', '烘焙工坊', '家居生活馆'];
const FOODS = [
  '生煎包',
  '小笼包',
  '葱油拌面',
  '酸菜鱼',
  '椰子鸡',
  '烤鸭',
  '蟹粉豆腐',
  '桂花糕',
  '杨枝甘露',
  '抹茶拿铁',
  '冰美式',
  '芝士蛋糕',
  '麻辣香锅',
  '牛肉面',
  '寿司拼盘',
  '糖醋小排',
  '青团',
  '粽子',
  '月饼',
  '汤圆',
];
const ACTIVITIES = ['市集', '音乐会', '手作课', '亲子剧场', '读书会', '快闪展', '试吃会', '会员日', '露营节', '宠物派对', '灯光秀', '脱口秀', '画展', '签售会', '瑜伽课', '咖啡品鉴'];
const PEOPLE = ['店长', '主理人', '咖啡师', '面点师傅', '保洁阿姨', '客服小姐姐', '老顾客', '设计师', '甜品师', '保安大叔'];
const PERKS = ['满 200 减 30', '积分翻倍', '停车免费 3 小时', '第二杯半价', '新人礼包', '生日月双倍积分', '会员专享九折', '限量帆布袋', '免费试吃', '抽奖一次'];
const TIMES = ['本周六', '这个周末', '下周三', '月底', '国庆假期', '每天上午十点', '晚上七点', '工作日午间', '节前最后一个周末', '整个十月'];
const FEELINGS = ['热闹', '安静', '惬意', '温暖', '新鲜', '实在', '好逛', '好拍', '松弛', '治愈'];
/** Syllables for brand names: two of them make a name that only a few articles mention (the long tail). */
const SYLLABLES = '澜栖岚屿禾麓沐棠汐筠霁蔓蘅芷瑶璟珂翎溪曜昀煦蕴琅瑾苒萱'.split('');

const SENTENCES = [
  '{time}，{city}悦汇{floor}的{store}迎来{activity}，现场{perk}。',
  '很多老顾客说，{floor}的{store}是他们周末最常来的地方，环境{feeling}，服务也贴心。',
  '如果你是第一次来，可以先去{floor}看看{brand}{store}，再到楼下尝一尝{food}。',
  '{activity}期间，会员到服务台出示电子会员卡即可领取{perk}，数量有限，先到先得。',
  '我们采访了{brand}的{person}，他说：“做{food}最重要的是耐心，火候差一点味道就不对。”',
  '{city}的秋天来得晚，{time}的{floor}阳光正好，适合带上家人一起逛逛。',
  '停车场入口在{floor}一侧，会员当天消费满额可抵扣停车费，详情见服务台公告。',
  '这次{activity}一共邀请了 {number} 位本地手艺人，每个摊位都有自己的故事。',
  '{brand}的招牌是{food}，每天限量 {number} 份，想吃的朋友记得早点来排队。',
  '活动报名通过公众号菜单“会员中心”进入，填写姓名和手机号即可，名额 {number} 个。',
  '小编亲测：从地铁站步行到{floor}只要五分钟，一路都有指示牌。',
  '{person}每天早上七点到店，先把{store}里里外外收拾一遍，再开始准备当天的{food}。',
  '为了让小朋友玩得放心，{floor}的亲子区每两小时消毒一次，家长可以在旁边的休息区等候。',
  '本期推荐的{food}和{food}都是当季限定，错过要再等一年。',
  '如遇雨天，户外的{activity}将移到{floor}室内举行，请留意当天推送。',
  '积分可以在积分商城兑换{perk}，也可以直接抵扣餐饮消费，每 {number} 积分抵 1 元。',
];
const HEADINGS = ['活动时间与地点', '参与方式', '现场有什么', '小编探店', '会员专享', '交通与停车', '温馨提示', '店主说', '本周推荐', '往期回顾'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (value: string): DocNode => ({ type: 'text', text: value });
const paragraph = (value: string): DocNode => ({ type: 'paragraph', content: [text(value)] });

/** The brand names the bodies use: two syllables each, so each appears in a few articles only. */
export function brandName(index: number): string {
  return `${SYLLABLES[index % SYLLABLES.length]}${SYLLABLES[Math.floor(index / SYLLABLES.length) % SYLLABLES.length]}`;
}

/** The body of article `index`: the same index always gives the same body. */
export function generatedBody(index: number): DocNode {
  const random = mulberry32(index + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fill = (pattern: string) =>
    pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
      if (slot === 'number') return String(10 + Math.floor(random() * 290));
      if (slot === 'brand') return brandName(Math.floor(random() * SYLLABLES.length * SYLLABLES.length));
      const words: Record<string, readonly string[]> = { city: CITIES, floor: FLOORS, store: STORES, food: FOODS, activity: ACTIVITIES, person: PEOPLE, perk: PERKS, time: TIMES, feeling: FEELINGS };
      return pick(words[slot] ?? ['']);
    });
  const sentences = (n: number) => Array.from({ length: n }, () => fill(pick(SENTENCES))).join('');
  const content: DocNode[] = [paragraph(sentences(2 + Math.floor(random() * 3)))];
  const sections = 2 + Math.floor(random() * 4);
  for (let s = 0; s < sections; s++) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(pick(HEADINGS))] });
    for (let p = 1 + Math.floor(random() * 3); p > 0; p--) content.push(paragraph(sentences(2 + Math.floor(random() * 4))));
    if (random() < 0.4) content.push({ type: 'bulletList', content: Array.from({ length: 3 + Math.floor(random() * 3) }, () => ({ type: 'listItem', content: [paragraph(fill(pick(SENTENCES)))] })) });
    if (random() < 0.2) content.push({ type: 'blockquote', content: [paragraph(fill(pick(SENTENCES)))] });
  }
  content.push(paragraph('点击“阅读原文”查看活动详情，我们下周见。'));
  return { type: 'doc', content };
}
