import { describe, expect, it } from 'vitest';
import { extractAntdStyles } from '../../../scripts/antd-static-styles';
import { THEME } from '../../../src-renderer/shell/theme';

// The app runs antd with zeroRuntime: a style missing from the extracted file is a component
// without any style on screen.
describe("antd's styles extracted at build time", () => {
  it('render every antd component, so none is left without styles after an antd update', () => {
    expect(extractAntdStyles(THEME, () => true).failed).toEqual([]);
  }, 60_000);

  it('hold the grid, the colour tags and the table the screens use, under the hashed class antd gives them', () => {
    const { css } = extractAntdStyles(THEME, (name) => ['Col', 'Row', 'Tag', 'Table'].includes(name));
    for (const selector of ['.ant-col-12', '.ant-tag-blue', '.ant-tag-success', '.ant-table-thead', '.ant-pagination']) expect(css).toContain(selector);
    expect(css).toMatch(/:where\(\.css-[a-z0-9]+\)\.ant-table/);
    expect(css).not.toContain('css-dev-only');
  }, 60_000);
});
