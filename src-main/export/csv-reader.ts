import { SheetLimitError, type SheetLimits } from './cell';

// CSV as Excel and WPS write it: RFC 4180 quoting, CRLF or LF, and either UTF-8 (with or without
// a BOM), GBK/GB18030 (what Chinese Excel writes for "CSV (逗号分隔)"), or UTF-16 with a BOM
// (Excel's "Unicode 文本", which is tab-separated).

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (sample < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a text file: UTF-16 by its BOM (or its zero bytes), UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK, so any byte sequence decodes). Valid UTF-8 is almost
 * never also meaningful GBK text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/** Comma, unless the first line has tabs (or semicolons, as some European Excels write) and no commas. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count(',') > 0) return ',';
  if (count('\t') > 0) return '\t';
  return count(';') > 0 ? ';' : ',';
}

/**
 * Splits CSV text into records of fields. Quoted fields may hold delimiters, line breaks and
 * doubled quotes; a stray quote inside an unquoted field is kept as text, and an unterminated
 * quote runs to the end, so no input throws but the limits: reading stops as soon as the file
 * has more fields in a record, or more records, than `limits` allow.
 */
export function parseCsv(text: string, limits: SheetLimits, delimiter = sniffDelimiter(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let filled = 0;
  let i = 0;
  const endField = () => {
    if (record.length >= limits.maxColumns) {
      if (field.trim() !== '') throw new SheetLimitError('tooManyColumns', limits.maxColumns);
    } else record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (record.some((f) => f.trim() !== '')) filled++;
    // Blank lines cost memory too: a file of nothing but line breaks stops at ten times the limit.
    if (filled > limits.maxRows || records.length >= limits.maxRows * 10) throw new SheetLimitError('tooManyRows', limits.maxRows);
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  // The last record has no line break after it (or the file ends with one: then nothing is left).
  if (field !== '' || record.length > 0 || quoted) endRecord();
  return records;
}
