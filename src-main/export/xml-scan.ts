// A hand-written scanner for the few XML shapes of an .xlsx (SpreadsheetML writes them flat and
// regular): attributes of one tag, the text of `<t>` runs, entities. No DOM, no regular
// expression per cell; every search is bounded by the element it looks in, so a sheet is
// scanned in one pass however it is laid out.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character of an entity's body ('amp', '#x4E2D', '#20013'), or undefined when it is none. */
function entity(body: string): string | undefined {
  const named = NAMED[body];
  if (named !== undefined || body[0] !== '#') return named;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** XML text as it reads: entities decoded (an unknown one stays as written), line ends normalized as an XML parser does. */
export function decodeXml(text: string): string {
  let amp = text.indexOf('&');
  let out = text;
  if (amp >= 0) {
    out = '';
    let from = 0;
    while (amp >= 0) {
      const semi = text.indexOf(';', amp);
      const char = semi > amp && semi - amp <= 10 ? entity(text.slice(amp + 1, semi)) : undefined;
      if (char === undefined) {
        out += text.slice(from, amp + 1);
        from = amp + 1;
      } else {
        out += text.slice(from, amp) + char;
        from = semi + 1;
      }
      amp = text.indexOf('&', from);
    }
    out += text.slice(from);
  }
  if (out.indexOf('\r') >= 0) out = out.replace(/\r\n?/g, '\n');
  return out;
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** The attributes of the tag whose name ends at `from` and which ends at `end` (the index of its '>'); names without prefixes. */
export function attributes(xml: string, from: number, end: number): Record<string, string> {
  const found: Record<string, string> = {};
  let at = from;
  while (at < end) {
    while (at < end && isSpace(xml.charCodeAt(at))) at++;
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq >= end) break;
    const quote = xml[eq + 1];
    if (quote !== '"' && quote !== "'") break;
    const close = xml.indexOf(quote, eq + 2);
    if (close < 0 || close > end) break;
    const name = xml.slice(at, eq).trim();
    const colon = name.indexOf(':');
    found[colon >= 0 && !name.startsWith('xmlns') ? name.slice(colon + 1) : name] = xml.slice(eq + 2, close);
    at = close + 1;
  }
  return found;
}

/** The end of the element that starts at `open` (its '<'): just past its '/>' or its closing tag. */
export function elementEnd(xml: string, open: number, name: string): number {
  const tagEnd = xml.indexOf('>', open);
  if (tagEnd < 0) return xml.length;
  if (xml.charCodeAt(tagEnd - 1) === 47 /* / */) return tagEnd + 1;
  const close = xml.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? xml.length : close + name.length + 3;
}

/** Whether the tag at `at` (its '<') is named `name` exactly (not a longer name that starts so). */
export function isTag(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at + 1)) return false;
  const next = xml.charCodeAt(at + 1 + name.length);
  return next === 62 /* > */ || next === 47 /* / */ || isSpace(next);
}

/**
 * The text of a string item (`<si>` or `<is>`: its content from `from`, its end at `to`): its `<t>` or the `<t>`
 * of each rich-text run `<r>`, joined; phonetic runs (`<rPh>`, the furigana of Japanese files) are
 * not part of the text.
 */
export function itemText(xml: string, from: number, to: number): string {
  // The usual item: a single <t>…</t> and nothing else.
  if (xml.startsWith('<t>', from)) {
    const close = xml.indexOf('</t>', from + 3);
    if (close >= 0 && close + 4 === to - 5 && xml.indexOf('<', from + 3) === close) return decodeXml(xml.slice(from + 3, close));
  }
  let text = '';
  let at = from;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open < 0 || open >= to) return text;
    if (isTag(xml, open, 't')) {
      const tagEnd = xml.indexOf('>', open);
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        at = tagEnd + 1;
        continue;
      }
      const close = xml.indexOf('</t>', tagEnd);
      if (close < 0 || close > to) return text;
      text += decodeXml(xml.slice(tagEnd + 1, close));
      at = close + 4;
    } else if (isTag(xml, open, 'rPh')) at = elementEnd(xml, open, 'rPh');
    else at = open + 1;
  }
}

/** 'A' → 1, 'XFD' → 16,384; 0 when `ref` does not start with a column letter. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}
