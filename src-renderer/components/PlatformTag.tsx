import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../src-shared/contract/accounts';
import './account-label.css';

const COLORS: Record<Platform, string> = {
  wechat_subscription: 'green',
  wechat_service: 'cyan',
  weibo: 'red',
  channels: 'orange',
  douyin: 'purple',
  xiaohongshu: 'magenta',
  wecom_group: 'blue',
};

/** The platform of an account; `compact` fits it on a line of 12 px text (chips, pickers, list rows). */
export function PlatformTag({ platform, compact = false }: { platform: Platform; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[platform]} className={compact ? 'platform-tag--compact' : undefined}>
      {t(`accounts.platform.${platform}`)}
    </Tag>
  );
}

export function isWeChat(platform: Platform): boolean {
  return platform === 'wechat_subscription' || platform === 'wechat_service';
}
