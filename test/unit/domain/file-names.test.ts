import { describe, expect, it } from 'vitest';
import { fileNameOf, MAX_FILE_NAME_CHARS } from '../../../src-shared/domain/file-names';

describe('file names from titles', () => {
  it('keeps a Chinese title as it is', () => {
    expect(fileNameOf('华东新媒体运营方案（2027年第一季度）', 'docx', 'plan')).toBe('华东新媒体运营方案（2027年第一季度）.docx');
  });

  it('replaces what Windows forbids and drops invisible characters', () => {
    expect(fileNameOf('一季度:方案/草稿*?"<>|\u200b\u0007', 'md', 'plan')).toBe('一季度_方案_草稿______.md');
  });

  it('cuts a 2,000-character title without splitting an emoji, and never ends in a dot or a space', () => {
    const name = fileNameOf(`${'🎉'.repeat(2000)}`, 'docx', 'plan');
    expect(Array.from(name.replace(/\.docx$/, ''))).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(name).not.toMatch(/[\ud800-\udbff]\./);
    expect(fileNameOf(`${'方'.repeat(MAX_FILE_NAME_CHARS - 2)}. 尾`, 'md', 'plan')).toBe(`${'方'.repeat(MAX_FILE_NAME_CHARS - 2)}.md`);
  });

  it('falls back when nothing is left or the name is a Windows device', () => {
    expect(fileNameOf(' \u200b ', 'docx', '运营方案')).toBe('运营方案.docx');
    expect(fileNameOf('CON', 'docx', '运营方案')).toBe('运营方案.docx');
    expect(fileNameOf('com1.plan', 'md', '运营方案')).toBe('运营方案.md');
  });
});
