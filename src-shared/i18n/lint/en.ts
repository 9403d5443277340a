import type { Messages } from '../messages';
import type { lintZhCN } from './zh-CN';

// The article linter in English: same keys as zh-CN.ts.

export const lintEn: Messages<typeof lintZhCN> = {
  lint: {
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    field: { title: 'Title', author: 'Author', digest: 'Digest', body: 'Body' },
    rule: {
      'title-length': 'Title length',
      'author-length': 'Author length',
      'digest-length': 'Digest length',
      'digest-empty': 'Empty digest',
      'body-length': 'Body length',
      'external-link': 'External link',
      'image-count': 'Images',
      'image-size': 'Image size',
      adlaw: 'Advertising Law term',
      induce: 'Induced sharing/following',
      'custom-word': 'Workspace word',
    },
    category: {
      'adlaw-superlative': 'Superlatives (最, 最佳 …)',
      'adlaw-national': 'National, world class …',
      'adlaw-first': 'First, only, exclusive …',
      'adlaw-top': 'Top, supreme …',
      'adlaw-absolute': 'Absolute, 100%, permanent …',
      'adlaw-authority': 'Authority, special supply …',
      'adlaw-time': 'Urgency (flash sale, one time only …)',
      'induce-share': 'Induced sharing',
      'induce-follow': 'Induced following',
      custom: 'Workspace words',
    },
    message: {
      titleEmpty: 'The title is empty',
      titleTooLong: 'The title has {{count}} characters; WeChat allows {{max}}',
      titleLong: 'The title has {{count}} characters; past {{max}} the message list cuts it',
      authorTooLong: 'The author has {{count}} characters; at most {{max}}',
      digestTooLong: 'The digest has {{count}} characters; at most {{max}}',
      digestEmpty: 'The digest is empty; WeChat takes the first {{count}} characters of the body: {{digest}}',
      bodyTooLong: 'The body has {{count}} characters; WeChat allows {{max}}',
      externalLink: 'External links cannot be clicked in a WeChat article: {{href}}',
      imageTooLarge: 'The image is {{mb}} MB; WeChat refuses body images over {{max}} MB',
      imageLarge: 'The image is {{mb}} MB, over {{max}} MB: slow for readers on mobile data',
      imageCount: 'The body has {{count}} images',
      urgency: '"{{word}}" creates urgency: it must be true, with the period or quantity stated',
      adlaw: '"{{word}}" is an absolute term the Advertising Law forbids',
      induce: '"{{word}}" is inducement WeChat forbids',
      'custom-word': '"{{word}}" is on this workspace\'s list',
    },
    reason: {
      'title-length': 'WeChat titles have at most 64 characters; past 32 the message list and share cards show only the start',
      'author-length': 'The author field of WeChat takes at most 16 characters',
      'digest-length': 'A WeChat digest has at most 120 characters',
      'digest-empty': 'Without a digest WeChat takes the first 54 characters of the body (WeChat Official Accounts API: draft/add, digest)',
      'body-length': 'A WeChat article body has at most 20,000 characters',
      'external-link': 'Only links to mp.weixin.qq.com can be clicked in an article; others show as plain text',
      'image-count': 'WeChat sets no limit on body images; more and larger images open slower',
      'image-size': "WeChat's editor refuses body images over 10 MB",
    },
    suggestion: {
      'title-length': 'Shorten the title; put the key words in the first 32 characters',
      'author-length': 'Shorten the author name',
      'digest-length': 'Shorten the digest',
      'digest-empty': 'Write a digest that makes people read on',
      'body-length': 'Split it into two parts, or cut the body',
      'external-link': 'Copy to WeChat turns it into a numbered footnote ([1] address)',
      'image-count': 'Compress the larger images',
      'image-size': 'Compress the image or use JPG',
    },
    panel: {
      title: 'Checks',
      empty: 'No problems found',
      count: '{{error}} errors · {{warning}} warnings · {{info}} info',
      exempted: 'Exempted',
      group: '{{severity}} ({{count}})',
      exemptedGroup: 'Exempted ({{count}})',
      exempt: 'Exempt',
      exemptHint: 'Exempts this occurrence only; it is remembered as the article is edited',
      undoExempt: 'Undo exemption',
      suggestion: 'Suggestion: {{text}}',
      jump: 'Show in the body',
    },
    cli: {
      summary: '{{file}}: {{error}} errors, {{warning}} warnings, {{info}} info',
      finding: '{{where}}  {{severity}}  {{rule}}  {{text}}\n    {{message}}\n    Reason: {{reason}}',
      suggestion: '    Suggestion: {{suggestion}}',
      line: 'line {{line}}',
      unreadable: 'Cannot read {{file}}: {{reason}}',
      unsupported: 'Unsupported file type {{ext}}: use .md, .html, .docx or .txt',
      encoding: '{{file}} is not text in UTF-8, UTF-16 or GBK; save it as UTF-8 and try again',
      tooLarge: '{{file}} is too large (over {{max}} MB)',
      help: `Usage: opsbench lint FILE [--data-dir DIR] [--json]

Checks one article as the editor does: lengths of title, author, digest and body, external links,
images, Advertising Law absolute terms and the induced sharing/following WeChat forbids. Reads
Markdown (.md, with optional --- front matter title/author/digest), HTML, Word (.docx) and plain
text (.txt) in UTF-8, UTF-16 or GBK. The title comes from the front matter, a leading level-1
heading, else the file name. Each finding shows its line (in the body's text), the text, the rule,
the reason and a suggestion.

Needs no workspace; with --data-dir the workspace's word list is used (its own words, built-in
words it turned off).
Exit codes: 1 when there is an error, else 0; 2 for usage errors.`,
    },
  },
  lintWords: {
    title: 'Advertising Law and inducement words',
    hint: 'Article checks flag absolute terms and induced sharing/following with this list. Built-in words can be turned off or reworded; add words of your own too.',
    search: 'Search words',
    columns: { word: 'Word', category: 'Category', reason: 'Reason', suggestion: 'Suggested rewording', source: 'Source', enabled: 'On' },
    source: { builtin: 'Built-in', workspace: 'This workspace', hq: 'HQ' },
    changed: 'Changed',
    add: 'Add a word',
    editTitle: 'Edit "{{word}}"',
    addTitle: 'Add a word',
    remove: 'Delete',
    reset: 'Reset to built-in',
    removed: '"{{word}}" deleted',
    resetDone: '"{{word}}" is back to its built-in settings',
    saved: '"{{word}}" saved',
    exceptions: 'Not flagged: {{words}}',
  },
};
