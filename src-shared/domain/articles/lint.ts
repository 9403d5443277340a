import { wechatChars } from './count';
import type { DocNode } from './doc';
import { lineOf, lineStartsOf, positionedText, type PositionedText } from './doc-positions';
import { isWechatLink } from './links';
import type { LintExemption, LintField, LintFinding, LintRule, LintSeverity, LintText, LintWord, LintWordCategory } from './lint-types';
import { matchWords } from './word-matcher';

export type * from './lint-types';

// WeChat's limits for an article (微信公众平台 图文消息 rules and its editor): title ≤ 64
// characters, author ≤ 16, digest ≤ 120, body ≤ 20,000 characters; links to pages outside
// mp.weixin.qq.com are not clickable in the reader. The title warns past 32, where the
// message list and share cards cut it.
export const LIMITS = {
  titleWarn: 32,
  titleMax: 64,
  authorMax: 16,
  digestMax: 120,
  bodyMax: 20_000,
  /** Characters WeChat takes from the body when the digest is empty (API 新建草稿 draft/add: "如果本字段为没有填写，则默认抓取正文前54个字"). */
  digestFallback: 54,
  /** Bytes of a body image: WeChat's editor refuses larger files; past the warning readers on mobile data wait. */
  imageBytesMax: 10 * 1024 * 1024,
  imageBytesWarn: 5 * 1024 * 1024,
} as const;

/** Characters of context kept either side of a match (what an exemption is matched by). */
const CONTEXT_CHARS = 6;

export interface LintInput {
  title: string;
  author: string;
  digest: string;
  doc: DocNode;
  /** The effective word list (built-in + workspace + HQ); disabled words are skipped. Keep the array stable between calls: the matcher is built once per list. */
  words: readonly LintWord[];
  /** The article's accepted occurrences. */
  exemptions: readonly LintExemption[];
}

/** Every finding of an article: title, author, digest, then the body in document order. */
export function lintArticle(input: LintInput): LintFinding[] {
  const body = positionedText(input.doc);
  const findings = [...fieldFindings(input, body), ...wordFindings(input.words, 'title', input.title, null), ...wordFindings(input.words, 'digest', input.digest, null), ...bodyFindings(input.words, body)];
  return finish(findings, input.exemptions);
}

/** A finding that blocks: an error nobody exempted. */
export function isBlocking(finding: LintFinding): boolean {
  return finding.severity === 'error' && !finding.exempted;
}

/** Counts by severity, exempted findings apart (they count as none of the three). */
export function countFindings(findings: readonly LintFinding[]): Record<LintSeverity | 'exempted', number> {
  const counts = { error: 0, warning: 0, info: 0, exempted: 0 };
  for (const f of findings) counts[f.exempted ? 'exempted' : f.severity] += 1;
  return counts;
}

/** What WeChat shows as the digest when it is empty: the body's first 54 characters. */
export function digestFallback(bodyText: string): string {
  let taken = '';
  let count = 0;
  let space = false;
  for (const char of bodyText) {
    if (/\s/.test(char)) {
      space = taken !== '';
      continue;
    }
    if (count === LIMITS.digestFallback) break;
    if (space) {
      if (count + 1 === LIMITS.digestFallback) break;
      taken += ' ';
      count += 1;
      space = false;
    }
    taken += char;
    count += 1;
  }
  return taken;
}

type Draft = Omit<LintFinding, 'id' | 'exempted'>;

const key = (k: string, params?: Record<string, string | number>): LintText => ({ key: k, params });

function wholeField(field: LintField, rule: LintRule, severity: LintSeverity, message: string, text: string, params: Record<string, string | number>): Draft {
  return { rule, severity, field, message, params, text, word: null, from: null, to: null, line: null, context: '', reason: key(`lint.reason.${rule}`, params), suggestion: key(`lint.suggestion.${rule}`, params) };
}

function fieldFindings(input: LintInput, body: PositionedText): Draft[] {
  const found: Draft[] = [];
  const title = [...input.title].length;
  if (input.title.trim() === '') found.push(wholeField('title', 'title-length', 'error', 'lint.message.titleEmpty', '', {}));
  else if (title > LIMITS.titleMax) found.push(wholeField('title', 'title-length', 'error', 'lint.message.titleTooLong', input.title, { count: title, max: LIMITS.titleMax }));
  else if (title > LIMITS.titleWarn) found.push(wholeField('title', 'title-length', 'warning', 'lint.message.titleLong', input.title, { count: title, max: LIMITS.titleWarn }));
  const author = [...input.author].length;
  if (author > LIMITS.authorMax) found.push(wholeField('author', 'author-length', 'error', 'lint.message.authorTooLong', input.author, { count: author, max: LIMITS.authorMax }));
  const digest = [...input.digest].length;
  if (digest > LIMITS.digestMax) found.push(wholeField('digest', 'digest-length', 'error', 'lint.message.digestTooLong', input.digest, { count: digest, max: LIMITS.digestMax }));
  if (input.digest.trim() === '') {
    const fallback = digestFallback(body.text);
    found.push(wholeField('digest', 'digest-empty', 'info', 'lint.message.digestEmpty', fallback, { digest: fallback, count: LIMITS.digestFallback }));
  }
  const chars = wechatChars(body.text);
  if (chars > LIMITS.bodyMax) found.push(wholeField('body', 'body-length', 'error', 'lint.message.bodyTooLong', '', { count: chars, max: LIMITS.bodyMax }));
  return found;
}

const RULE_OF: Record<LintWordCategory, { rule: LintRule; severity: LintSeverity }> = {
  'adlaw-superlative': { rule: 'adlaw', severity: 'error' },
  'adlaw-national': { rule: 'adlaw', severity: 'error' },
  'adlaw-first': { rule: 'adlaw', severity: 'error' },
  'adlaw-top': { rule: 'adlaw', severity: 'error' },
  'adlaw-absolute': { rule: 'adlaw', severity: 'error' },
  'adlaw-authority': { rule: 'adlaw', severity: 'error' },
  // Urgency is unlawful when untrue (广告法 §28), not as a word: a warning to check the facts.
  'adlaw-time': { rule: 'adlaw', severity: 'warning' },
  'induce-share': { rule: 'induce', severity: 'error' },
  'induce-follow': { rule: 'induce', severity: 'error' },
  custom: { rule: 'custom-word', severity: 'warning' },
};

const activeLists = new WeakMap<readonly LintWord[], LintWord[]>();

/** The enabled words of a list, the same array for the same list (so the matcher is built once). */
function activeWords(words: readonly LintWord[]): LintWord[] {
  let active = activeLists.get(words);
  if (!active) {
    active = words.filter((w) => !w.disabled && w.word !== '');
    activeLists.set(words, active);
  }
  return active;
}

/**
 * The text around a match within its line (an edit in the next paragraph leaves it alone),
 * widened so no surrogate pair is cut (a lone half is not valid text).
 */
function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS, text.lastIndexOf('\n', start - 1) + 1);
  const lineEnd = text.indexOf('\n', end);
  let to = Math.min(text.length, end + CONTEXT_CHARS, lineEnd < 0 ? text.length : lineEnd);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
  return text.slice(from, to);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function wordFindings(words: readonly LintWord[], field: LintField, text: string, body: PositionedText | null): Draft[] {
  if (text === '') return [];
  const active = activeWords(words);
  const lineStarts = lineStartsOf(text);
  return matchWords(active, text).map(({ word, start, end }) => {
    const { rule, severity } = RULE_OF[word.category];
    return {
      rule,
      severity,
      field,
      message: `lint.message.${rule}`,
      params: { word: word.word, category: word.category },
      text: text.slice(start, end),
      word: word.word,
      from: body ? body.positionAt(start) : null,
      to: body ? body.positionAt(end - 1) + 1 : null,
      line: lineOf(lineStarts, start),
      context: contextOf(text, start, end),
      reason: { text: word.reason },
      suggestion: word.suggestion ? { text: word.suggestion } : null,
    };
  });
}

function bodyFindings(words: readonly LintWord[], body: PositionedText): Draft[] {
  const found = wordFindings(words, 'body', body.text, body);
  const lineStarts = lineStartsOf(body.text);
  for (const link of body.links) {
    if (isWechatLink(link.href)) continue;
    found.push({
      ...wholeField('body', 'external-link', 'warning', 'lint.message.externalLink', link.text, { href: link.href }),
      word: link.href,
      from: link.from,
      to: link.to,
      line: lineOf(lineStarts, link.offset),
      context: contextOf(body.text, link.offset, link.offset + link.text.length),
    });
  }
  let totalBytes = 0;
  for (const image of body.images) {
    const bytes = typeof image.attrs.bytes === 'number' ? image.attrs.bytes : 0;
    totalBytes += bytes;
    if (bytes <= LIMITS.imageBytesWarn) continue;
    const tooLarge = bytes > LIMITS.imageBytesMax;
    const name = typeof image.attrs.alt === 'string' && image.attrs.alt ? image.attrs.alt : String(image.attrs.src ?? '');
    found.push({
      ...wholeField('body', 'image-size', tooLarge ? 'error' : 'warning', tooLarge ? 'lint.message.imageTooLarge' : 'lint.message.imageLarge', name, {
        mb: Math.round((bytes / 1024 / 1024) * 10) / 10,
        max: (tooLarge ? LIMITS.imageBytesMax : LIMITS.imageBytesWarn) / 1024 / 1024,
      }),
      from: image.pos,
      to: image.pos + 1,
      line: lineOf(lineStarts, image.offset),
      context: String(image.attrs.src ?? ''),
    });
  }
  if (body.images.length > 0) {
    found.push(wholeField('body', 'image-count', 'info', 'lint.message.imageCount', '', { count: body.images.length, mb: Math.round((totalBytes / 1024 / 1024) * 10) / 10 }));
  }
  return found;
}

/** Stable ids (a repeat of one rule + word + context gets `#2`, `#3`…) and the exemptions applied. */
function finish(drafts: Draft[], exemptions: readonly LintExemption[]): LintFinding[] {
  const exempt = new Set(exemptions.map((e) => `${e.rule}\u0000${e.word}\u0000${e.context}`));
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const base = `${draft.rule}:${draft.word ?? draft.field}:${draft.context}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const exempted = draft.word !== null && exempt.has(`${draft.rule}\u0000${draft.word}\u0000${draft.context}`);
    return { ...draft, id: n === 1 ? base : `${base}#${n}`, exempted };
  });
}
