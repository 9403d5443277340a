// Pasted HTML (Word, WPS, web pages) reduced to what the body's schema represents, before
// ProseMirror parses it: no Office markup (<o:p>, mso- styles, conditional comments), no classes,
// ids, fonts or sizes, no empty spans; only the styles our marks and alignment read (colour,
// highlight, bold, italic, underline, strike, text-align), only http(s) links and images.

/** Characters that are never text: C0 controls but tab and line breaks, DEL, C1 controls, non-characters. Emoji are kept. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** Elements dropped with their content. */
const DROPPED = new Set([
  'script',
  'style',
  'meta',
  'link',
  'title',
  'head',
  'xml',
  'object',
  'iframe',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'noscript',
  'template',
]);
/** Inline elements replaced by their content (their formatting means nothing to the schema, or comes back through styles); blocks stay blocks. */
const UNWRAPPED = new Set(['font', 'span', 'label', 'small', 'big', 'abbr', 'cite', 'time', 'sup', 'sub', 'ins', 'bdi', 'bdo']);
/** Attributes kept per element; every other attribute goes. */
const KEPT_ATTRIBUTES: Record<string, string[]> = { a: ['href'], img: ['src', 'alt'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], ol: ['start'] };
/** Style properties the schema reads (TextStyle/Color, Highlight, Bold, Italic, Underline, Strike, TextAlign). */
const KEPT_STYLES = ['color', 'background-color', 'font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'text-align'];
/** Colours that only restate the page's default: black text, white or transparent background. */
const DEFAULT_COLORS = /^(windowtext|black|inherit|initial|auto|transparent|white|#000(000)?|#fff(fff)?|rgba?\(0,\s*0,\s*0(,\s*1)?\)|rgba?\(255,\s*255,\s*255(,\s*1)?\)|rgba\(\d+,\s*\d+,\s*\d+,\s*0\))$/i;

function isWebUrl(url: string | null): boolean {
  return url !== null && /^https?:\/\//i.test(url.trim());
}

function cleanStyle(element: HTMLElement): void {
  const kept: string[] = [];
  for (const property of KEPT_STYLES) {
    const value = element.style.getPropertyValue(property).trim();
    if (!value) continue;
    if ((property === 'color' || property === 'background-color') && DEFAULT_COLORS.test(value)) continue;
    if (property === 'text-align' && !['center', 'right', 'justify'].includes(value)) continue;
    if (property === 'font-weight' && !(value === 'bold' || value === 'bolder' || Number(value) >= 600)) continue;
    kept.push(`${property}: ${value}`);
  }
  element.removeAttribute('style');
  if (kept.length > 0) element.setAttribute('style', kept.join('; '));
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function cleanElement(element: HTMLElement): void {
  const tag = element.tagName.toLowerCase();
  // Office's namespaced elements (<o:p>, <v:shape>, <w:sdt>) and Word's list bullets (mso-list:Ignore).
  if (DROPPED.has(tag) || tag.includes(':') || /mso-list:\s*ignore/i.test(element.getAttribute('style') ?? '')) {
    element.remove();
    return;
  }
  if (tag === 'img' && !isWebUrl(element.getAttribute('src'))) {
    element.remove();
    return;
  }
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
  const notBold = (tag === 'b' || tag === 'strong') && /^(normal|[1-5]00)$/.test(element.style.fontWeight);
  const keep = KEPT_ATTRIBUTES[tag] ?? [];
  for (const name of element.getAttributeNames()) if (name !== 'style' && !keep.includes(name)) element.removeAttribute(name);
  if (tag === 'a' && !isWebUrl(element.getAttribute('href'))) element.removeAttribute('href');
  cleanStyle(element);
  // A styled span carries colour or a mark (TextStyle parses <span style>); a bare one is noise.
  if (tag === 'span' && element.hasAttribute('style')) return;
  if ((tag === 'a' && !element.hasAttribute('href')) || notBold || UNWRAPPED.has(tag)) unwrap(element);
}

/** The pasted HTML as our schema can hold it. */
export function cleanPastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(stripControlCharacters(html), 'text/html');
  const body = document.body;
  const comments = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const dropped: Node[] = [];
  while (comments.nextNode()) dropped.push(comments.currentNode);
  dropped.forEach((node) => node.parentNode?.removeChild(node));
  // Children before parents, so unwrapping never skips an element.
  const elements = Array.from(body.querySelectorAll<HTMLElement>('*')).reverse();
  for (const element of elements) if (element.isConnected) cleanElement(element);
  return body.innerHTML;
}
