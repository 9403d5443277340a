import { attributes, decodeXml, elementEnd, isTag, itemText } from './xml-scan';

// The parts of an .xlsx a reader needs besides the sheet: which sheets there are in which order
// (workbook.xml and its relationships), the shared strings, and which cell styles are dates.

/** The unpacked archive: entries by name (looked up case-insensitively, as Excel does). */
export class Parts {
  private readonly byLowerName = new Map<string, Buffer>();
  constructor(entries: Map<string, Buffer>) {
    for (const [name, data] of entries) this.byLowerName.set(name.toLowerCase(), data);
  }
  text(name: string): string | undefined {
    return this.byLowerName.get(name.toLowerCase())?.toString('utf8');
  }
  names(): string[] {
    return [...this.byLowerName.keys()];
  }
}

/** Each element `<name …>` of `xml` in order, as its attributes. */
function* elements(xml: string, name: string): Generator<Record<string, string>> {
  for (let at = xml.indexOf(`<${name}`); at >= 0; at = xml.indexOf(`<${name}`, at + 1)) {
    if (!isTag(xml, at, name)) continue;
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    yield attributes(xml, at + name.length + 1, xml.charCodeAt(end - 1) === 47 ? end - 1 : end);
  }
}

/** A relationship's target as an entry name: relative to the part's folder, or absolute ('/xl/…'). */
function resolve(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The targets of a part's relationships by id, and by type (the last segment of the type's URI). */
function relationships(parts: Parts, part: string): { byId: Map<string, string>; byType: Map<string, string> } {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash + 1);
  const xml = parts.text(`${folder}_rels/${part.slice(slash + 1)}.rels`) ?? '';
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  for (const rel of elements(xml, 'Relationship')) {
    if (!rel.Target || rel.TargetMode === 'External') continue;
    const target = resolve(folder, rel.Target);
    if (rel.Id) byId.set(rel.Id, target);
    const type = rel.Type?.slice(rel.Type.lastIndexOf('/') + 1);
    if (type && !byType.has(type)) byType.set(type, target);
  }
  return { byId, byType };
}

export interface WorkbookLayout {
  /** Worksheet entries in the order of the workbook's tabs. */
  sheets: string[];
  sharedStrings?: string;
  styles?: string;
  /** Dates count from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

export function workbookLayout(parts: Parts): WorkbookLayout {
  const workbookPart = relationships(parts, '').byType.get('officeDocument') ?? 'xl/workbook.xml';
  const xml = parts.text(workbookPart);
  const rels = relationships(parts, workbookPart);
  const sheets: string[] = [];
  for (const sheet of elements(xml ?? '', 'sheet')) {
    const target = sheet.id && rels.byId.get(sheet.id);
    if (target) sheets.push(target);
  }
  if (sheets.length === 0) {
    // No usable workbook part: the worksheets by their number, as a lenient reader would.
    const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
    sheets.push(
      ...parts
        .names()
        .filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
        .sort((a, b) => number(a) - number(b)),
    );
  }
  const properties = [...elements(xml ?? '', 'workbookPr')][0];
  return {
    sheets,
    sharedStrings: rels.byType.get('sharedStrings') ?? 'xl/sharedStrings.xml',
    styles: rels.byType.get('styles') ?? 'xl/styles.xml',
    date1904: properties?.date1904 === '1' || properties?.date1904 === 'true',
  };
}

/** The shared strings table, rich text flattened to its text. */
export function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at)) {
    if (!isTag(xml, at, 'si')) {
      at += 3;
      continue;
    }
    const end = elementEnd(xml, at, 'si');
    strings.push(itemText(xml, xml.indexOf('>', at) + 1, end));
    at = end;
  }
  return strings;
}

/** Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in Chinese, Japanese and Korean Excel. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date or time: y, m, d, h or s outside quoted text, [colours/locales] and \-escaped characters. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

/** For each cell style index (`s`), whether its number format is a date or time. */
export function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const format of elements(xml, 'numFmt')) if (format.numFmtId && format.formatCode !== undefined) custom.set(Number(format.numFmtId), format.formatCode);
  const start = xml.indexOf('<cellXfs');
  if (start < 0) return [];
  const end = elementEnd(xml, start, 'cellXfs');
  return [...elements(xml.slice(start, end), 'xf')].map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(decodeXml(code)) : BUILT_IN_DATE_FORMATS.has(id);
  });
}
