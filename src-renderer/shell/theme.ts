import type { ThemeConfig } from 'antd';

/** The app's antd theme; the build extracts antd's styles with it (scripts/antd-static-styles.ts). */
export const THEME: ThemeConfig = { token: { colorPrimary: '#07a35a' } };
