import { describe, expect, it } from 'vitest';
import { devServerUrl, isAppUrl, isExternalAllowed } from '../../../src-main/app/navigation';

describe('window navigation rules', () => {
  it('treats only app://opsbench pages (and the dev server in development) as the app', () => {
    expect(isAppUrl('app://opsbench/index.html', undefined)).toBe(true);
    expect(isAppUrl('app://opsbench.evil.example/index.html', undefined)).toBe(false);
    expect(isAppUrl('file:///work/out/renderer/index.html', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/accounts', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('trusts the dev server only while developing: a packaged app ignores ELECTRON_RENDERER_URL', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devServerUrl(false, env)).toBe('http://localhost:5173');
    expect(devServerUrl(true, env)).toBeUndefined();
    expect(isAppUrl('http://localhost:5173/', devServerUrl(true, env))).toBe(false);
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: '' })).toBeUndefined();
  });

  it('opens only allow-listed https sites externally', () => {
    expect(isExternalAllowed('https://mp.weixin.qq.com/s/abc')).toBe(true);
    expect(isExternalAllowed('http://mp.weixin.qq.com/s/abc')).toBe(false);
    expect(isExternalAllowed('https://mp.weixin.qq.com.evil.example/')).toBe(false);
    expect(isExternalAllowed('javascript:alert(1)')).toBe(false);
    expect(isExternalAllowed('not a url')).toBe(false);
  });
});
