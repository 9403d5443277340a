import type { ThemeConfig } from 'antd';

/**
 * The app's antd theme. antd's styles are extracted with it at build time and linked as a CSS
 * file (scripts/antd-static-styles.ts), so antd generates none at run time (`zeroRuntime`).
 */
export const THEME: ThemeConfig = { token: { colorPrimary: '#07a35a' }, zeroRuntime: true };
