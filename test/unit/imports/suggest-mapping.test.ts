import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src-main/services/imports/pipeline';

// Which column a field is read from when a file has several that could be it.

const spec = {
  fields: ['reads', 'title'] as const,
  headerNames: { reads: ['阅读次数', '阅读人数', 'reads'], title: ['标题', '内容标题'] },
};

describe('suggestMapping', () => {
  it('takes the column of the name the field lists first, wherever it stands in the file', () => {
    expect(suggestMapping(spec, ['内容标题', '阅读人数', '阅读次数'])).toEqual({ reads: 2, title: 0 });
  });

  it('takes the leftmost column when two carry the same name, and null for a field no column names', () => {
    expect(suggestMapping(spec, ['阅读人数', '阅读人数（次）'])).toEqual({ reads: 0, title: null });
  });
});
