import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../../src-main/export/csv-reader';
import { writeCsv } from '../../../src-main/export/csv-writer';

describe('CSV files the app writes', () => {
  it('start with a UTF-8 byte-order mark, so Chinese Excel does not read them as GBK', () => {
    const bytes = writeCsv([['账号', '标题']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('账号,标题\r\n');
  });

  it('quote commas, quotes and line breaks so the reader gets the same cells back', () => {
    const records = [
      ['标题', '说明'],
      ['双12，年终好物', '他说 "好"\n第二行'],
      ['', 'a,b'],
    ];
    const bytes = writeCsv(records);
    expect(bytes.toString('utf8')).toContain('"他说 ""好""\n第二行"');
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('utf-8');
    expect(parseCsv(text, { maxRows: 10, maxColumns: 10 })).toEqual(records);
  });
});
