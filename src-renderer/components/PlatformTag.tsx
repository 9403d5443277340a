import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../src-shared/contract/accounts';

const COLORS: Record<Platform, string> = {
  wechat_subscription: 'green',
  wechat_service: 'cyan',
  weibo: 'red',
  channels: 'orange',
  douyin: 'purple',
  xiaohongshu: 'magenta',
  wecom_group: 'blue',
};

export function PlatformTag({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[platform]}>{t(`accounts.platform.${platform}`)}</Tag>;
}

export function isWeChat(platform: Platform): boolean {
  return platform === 'wechat_subscription' || platform === 'wechat_service';
}
