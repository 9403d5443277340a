import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalAllowed } from '../../../src-main/app/navigation';

describe('window navigation rules', () => {
  it('treats only app://opsbench pages (and the dev server in development) as the app', () => {
    expect(isAppUrl('app://opsbench/index.html', undefined)).toBe(true);
    expect(isAppUrl('app://opsbench.evil.example/index.html', undefined)).toBe(false);
    expect(isAppUrl('file:///work/out/renderer/index.html', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/accounts', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('opens only allow-listed https sites externally', () => {
    expect(isExternalAllowed('https://mp.weixin.qq.com/s/abc')).toBe(true);
    expect(isExternalAllowed('http://mp.weixin.qq.com/s/abc')).toBe(false);
    expect(isExternalAllowed('https://mp.weixin.qq.com.evil.example/')).toBe(false);
    expect(isExternalAllowed('javascript:alert(1)')).toBe(false);
    expect(isExternalAllowed('not a url')).toBe(false);
  });
});
