import type { Editor } from '@tiptap/react';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src-shared/domain/articles/lint';
import { docStats } from './doc-stats';
import { useDocSnapshot } from './use-doc-snapshot';

/** Under the body: 字数 as WeChat counts it (red past its 20,000 limit), reading time, images. */
export function EditorStatusBar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const doc = useDocSnapshot(editor);
  const stats = useMemo(() => docStats(doc), [doc]);
  const over = stats.chars > LIMITS.bodyMax;
  return (
    <div className="article-editor__status" data-testid="editor-status">
      <Typography.Text type={over ? 'danger' : 'secondary'} data-testid="editor-chars">
        {t('articleEditor.status.chars', { count: stats.chars, limit: LIMITS.bodyMax.toLocaleString() })}
      </Typography.Text>
      {stats.readingMinutes > 0 && <Typography.Text type="secondary">{t('articleEditor.status.reading', { count: stats.readingMinutes })}</Typography.Text>}
      <Typography.Text type="secondary">{t('articleEditor.status.images', { count: stats.images })}</Typography.Text>
    </div>
  );
}
