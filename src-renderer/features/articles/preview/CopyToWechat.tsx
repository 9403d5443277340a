import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleTheme } from '../../../../src-shared/contract/articles';
import { errorText } from '../../../lib/field-errors';
import { useWechatPreview, wechatPreviewStore } from './store';

export interface CopyToWechatProps {
  articleId: string;
  theme: ArticleTheme;
  /** Button style where it sits: the primary action of the preview, a plain button in a toolbar. */
  type?: 'primary' | 'default';
}

/**
 * 复制到公众号: puts the body on the clipboard as WeChat-ready HTML (and text), then a toast says
 * how it went and how many external links became footnotes.
 */
export function CopyToWechat({ articleId, theme, type = 'primary' }: CopyToWechatProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copying = useWechatPreview((s) => s.copying);

  // Not async before the store's call: the clipboard write must start inside the click.
  const copy = () =>
    void wechatPreviewStore()
      .getState()
      .copyToClipboard(articleId, theme)
      .then((outcome) => {
        if (!outcome.ok) return void message.error(t('wechat.copy.failed', { reason: errorText(t, outcome.error) }));
        const lines = [
          t('wechat.copy.done'),
          ...(outcome.way === 'selection' ? [t('wechat.copy.fallback')] : []),
          ...(outcome.footnotes > 0 ? [t('wechat.copy.footnotes', { count: outcome.footnotes })] : []),
          ...(outcome.skippedImages > 0 ? [t('wechat.copy.skippedImages', { count: outcome.skippedImages })] : []),
        ];
        void (outcome.skippedImages > 0 ? message.warning : message.success)({ content: lines.join('；'), duration: 5 });
      });

  return (
    <Tooltip title={t('wechat.copy.hint')}>
      <Button type={type} icon={<CopyOutlined />} loading={copying} onClick={copy} data-testid="copy-to-wechat">
        {copying ? t('wechat.copy.working') : t('wechat.copy.button')}
      </Button>
    </Tooltip>
  );
}
