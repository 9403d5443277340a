// CSV for people who open it in Excel: UTF-8 with a byte-order mark (without one, Chinese Excel
// reads the file as GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A field is quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The records as the bytes of a .csv file. */
export function writeCsv(records: ReadonlyArray<readonly string[]>): Buffer {
  const text = records.map((record) => record.map(field).join(',')).join('\r\n');
  return Buffer.concat([UTF8_BOM, Buffer.from(`${text}\r\n`, 'utf8')]);
}
