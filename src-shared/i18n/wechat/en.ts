import type { Messages } from '../messages';
import type { wechatZhCN } from './zh-CN';

// Copy to WeChat, the phone preview and the article exports (CLI included), in English.

export const wechatEn: Messages<typeof wechatZhCN> = {
  wechat: {
    themes: { default: 'Simple', business: 'Business', fresh: 'Fresh' },
    theme: 'Layout theme',
    preview: {
      title: 'Phone preview',
      frame: 'WeChat article on a phone',
      untitled: '(untitled article)',
      original: 'Original',
      loading: 'Laying out…',
      empty: 'The body is empty',
    },
    copy: {
      button: 'Copy to WeChat',
      working: 'Copying…',
      done: "Copied. Paste it into the article body in WeChat's editor (Ctrl+V)",
      footnotes_one: '{{count}} external link became a reference at the end',
      footnotes_other: '{{count}} external links became references at the end',
      skippedImages: '{{count}} image files are not in the asset folder on this computer and were left out',
      fallback: 'Copied the compatible way (this browser has no rich-text clipboard)',
      failed: 'Could not copy: {{reason}}',
      hint: 'The body is copied with inline styles; images travel with it and WeChat uploads them; external links become references at the end.',
    },
    export: {
      help: `opsbench export article ARTICLE_ID [--format html|md|docx] [--out FILE] [--theme default|business|fresh]

Exports one article as a file: html is exactly what "Copy to WeChat" puts on the clipboard (inline styles, images
embedded, external links as references at the end), md is Markdown (images embedded), docx is a Word document
(Microsoft YaHei headings, SimSun text, images embedded, external links with footnotes).

Options:
  --format FORMAT          html, md or docx (default: from the extension of --out, else html)
  --out FILE               where to write it (default: <title>.<format> in the current folder)
  --theme THEME            the html layout: default (Simple), business or fresh; default: the article's own`,
      needId: '{{command}} needs an article ID',
      done: 'Exported "{{title}}" as {{format}}: {{path}}',
    },
  },
};
