import type { ArticleTheme } from '../../contract/articles';

// The three looks of 复制到公众号 as inline CSS (WeChat's editor keeps `style` and drops classes and
// <style>). Only properties it keeps are used: no position, float, transform, flex or grid, no
// CSS variables, no web fonts. The font stack is the one WeChat's reader uses, so the preview and
// the phone agree.

/** WeChat's reader font stack: the phone's system fonts, Microsoft YaHei on Windows. */
export const WECHAT_FONT_STACK = "-apple-system,BlinkMacSystemFont,'Helvetica Neue','PingFang SC','Hiragino Sans GB','Microsoft YaHei UI','Microsoft YaHei',Arial,sans-serif";
const MONO_STACK = "Menlo,Consolas,'Courier New',monospace";

export interface WechatTheme {
  /** The wrapping section: font, size, colour, spacing. */
  root: string;
  paragraph: string;
  /** h1…h4 (h5 and h6 take h4's). */
  headings: readonly [string, string, string, string];
  /** Text inside a heading that carries a decoration (the fresh theme's pill). */
  headingInner?: string;
  blockquote: string;
  quoteParagraph: string;
  divider: string;
  list: string;
  listItem: string;
  marker: string;
  strong: string;
  link: string;
  footnoteMark: string;
  inlineCode: string;
  codeBlock: string;
  imageBox: string;
  image: string;
  caption: string;
  table: string;
  th: string;
  td: string;
  highlight: string;
  referencesTitle: string;
  reference: string;
}

const base = {
  paragraph: 'margin:0 0 1em;line-height:1.75;',
  list: 'margin:0 0 1em;padding:0 0 0 1.2em;list-style:none;',
  listItem: 'margin:0 0 0.4em;line-height:1.75;',
  inlineCode: `font-family:${MONO_STACK};font-size:90%;padding:1px 4px;border-radius:3px;background:rgba(27,31,35,0.06);color:#c7254e;`,
  codeBlock: `margin:0 0 1em;padding:12px 14px;border-radius:6px;background:#f6f8fa;color:#24292e;font-family:${MONO_STACK};font-size:13px;line-height:1.6;overflow-x:auto;white-space:nowrap;text-align:left;`,
  imageBox: 'margin:0 0 1em;text-align:center;',
  image: 'max-width:100%;height:auto;vertical-align:middle;',
  caption: 'margin:6px 0 0;font-size:13px;color:#888;line-height:1.5;text-align:center;',
  footnoteMark: 'font-size:75%;vertical-align:super;line-height:0;',
  reference: 'margin:0 0 0.3em;font-size:13px;line-height:1.6;color:#888;word-break:break-all;',
  highlight: 'background-color:#fff3a3;',
} as const;

const root = (color: string) => `font-family:${WECHAT_FONT_STACK};font-size:16px;color:${color};line-height:1.75;letter-spacing:0.5px;word-break:break-word;text-align:left;`;
const table = (border: string) => ({
  table: `width:100%;border-collapse:collapse;margin:0 0 1em;font-size:14px;`,
  th: `border:1px solid ${border};padding:6px 8px;font-weight:bold;text-align:left;`,
  td: `border:1px solid ${border};padding:6px 8px;`,
});

/** 简约: black headings, grey quote bar, a thin rule, WeChat's own link blue. */
const minimal: WechatTheme = {
  ...base,
  ...table('#dfe2e5'),
  root: root('#333333'),
  headings: [
    'margin:1.2em 0 0.8em;font-size:22px;font-weight:bold;line-height:1.4;color:#111111;',
    'margin:1.2em 0 0.8em;font-size:19px;font-weight:bold;line-height:1.4;color:#111111;',
    'margin:1em 0 0.6em;font-size:17px;font-weight:bold;line-height:1.4;color:#111111;',
    'margin:1em 0 0.6em;font-size:16px;font-weight:bold;line-height:1.4;color:#333333;',
  ],
  blockquote: 'margin:0 0 1em;padding:10px 14px;border-left:3px solid #dbdbdb;background:#f7f7f7;color:#666666;',
  quoteParagraph: 'margin:0;line-height:1.75;',
  divider: 'margin:1.5em 0;height:0;border:0;border-top:1px solid #e5e5e5;',
  marker: 'color:#999999;',
  strong: 'font-weight:bold;color:#111111;',
  link: 'color:#576b95;',
  referencesTitle: 'margin:2em 0 0.6em;font-size:15px;font-weight:bold;color:#555555;',
};

/** 商务: navy, headings with a left bar, a boxed quote, a double rule. */
const business: WechatTheme = {
  ...base,
  ...table('#c9d3e0'),
  root: root('#2b2b2b'),
  th: `border:1px solid #c9d3e0;padding:6px 8px;font-weight:bold;text-align:left;background:#1f3a5f;color:#ffffff;`,
  headings: [
    'margin:1.4em 0 0.9em;padding:0 0 8px;font-size:22px;font-weight:bold;line-height:1.4;color:#1f3a5f;text-align:center;border-bottom:2px solid #1f3a5f;',
    'margin:1.3em 0 0.8em;padding:2px 0 2px 10px;font-size:19px;font-weight:bold;line-height:1.4;color:#1f3a5f;border-left:4px solid #1f3a5f;',
    'margin:1em 0 0.6em;padding:0 0 4px;font-size:17px;font-weight:bold;line-height:1.4;color:#1f3a5f;border-bottom:1px solid #c9d3e0;',
    'margin:1em 0 0.6em;font-size:16px;font-weight:bold;line-height:1.4;color:#1f3a5f;',
  ],
  blockquote: 'margin:0 0 1em;padding:12px 16px;border:1px solid #c9d3e0;border-left:4px solid #1f3a5f;background:#f2f5f9;color:#3d4b5c;',
  quoteParagraph: 'margin:0;line-height:1.75;',
  divider: 'margin:1.8em 0;height:3px;border:0;border-top:1px solid #1f3a5f;border-bottom:1px solid #1f3a5f;',
  marker: 'color:#1f3a5f;font-weight:bold;',
  strong: 'font-weight:bold;color:#1f3a5f;',
  link: 'color:#1f5fa8;border-bottom:1px solid #1f5fa8;',
  referencesTitle: 'margin:2em 0 0.6em;padding:0 0 0 8px;font-size:15px;font-weight:bold;color:#1f3a5f;border-left:3px solid #1f3a5f;',
};

/** 清新: green accents, centred pill headings, a soft quote, a dashed rule. */
const fresh: WechatTheme = {
  ...base,
  ...table('#cde8dc'),
  root: root('#3f3f3f'),
  th: `border:1px solid #cde8dc;padding:6px 8px;font-weight:bold;text-align:left;background:#eaf7f1;color:#2e8b66;`,
  headings: [
    'margin:1.4em 0 0.9em;font-size:22px;font-weight:bold;line-height:1.4;color:#2e8b66;text-align:center;',
    'margin:1.3em 0 0.8em;font-size:18px;font-weight:bold;line-height:1.4;text-align:center;',
    'margin:1em 0 0.6em;padding:0 0 0 8px;font-size:17px;font-weight:bold;line-height:1.4;color:#2e8b66;border-left:3px solid #3eaf7c;',
    'margin:1em 0 0.6em;font-size:16px;font-weight:bold;line-height:1.4;color:#2e8b66;',
  ],
  headingInner: 'display:inline-block;padding:3px 14px;border-radius:14px;background:#3eaf7c;color:#ffffff;',
  blockquote: 'margin:0 0 1em;padding:12px 16px;border-left:4px solid #3eaf7c;border-radius:0 8px 8px 0;background:#f0faf5;color:#4d6b5e;',
  quoteParagraph: 'margin:0;line-height:1.75;',
  divider: 'margin:1.8em auto;width:60%;height:0;border:0;border-top:2px dashed #9fd8bd;',
  marker: 'color:#3eaf7c;font-weight:bold;',
  strong: 'font-weight:bold;color:#2e8b66;',
  link: 'color:#2e8b66;',
  referencesTitle: 'margin:2em 0 0.6em;font-size:15px;font-weight:bold;color:#2e8b66;',
};

export const WECHAT_THEMES: Readonly<Record<ArticleTheme, WechatTheme>> = { default: minimal, business, fresh };

/** The heading level whose inner pill applies (the fresh theme decorates h2 only). */
export const PILL_HEADING_LEVEL = 2;
