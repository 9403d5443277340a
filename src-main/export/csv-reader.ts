// CSV as Excel and WPS write it: RFC 4180 quoting, CRLF or LF, and either UTF-8 (with or without
// a BOM) or GBK/GB18030, which is what Chinese Excel writes for "CSV (逗号分隔)".

export type TextEncoding = 'utf-8' | 'gb18030';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a text file: UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK,
 * so any byte sequence decodes). Valid UTF-8 is almost never also meaningful GBK text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/**
 * Splits CSV text into records of fields. Quoted fields may hold commas, line breaks and doubled
 * quotes; a stray quote inside an unquoted field is kept as text, and an unterminated quote runs
 * to the end, so no input throws.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
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
    else if (ch === ',') endField();
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
