import type { plansZhCN } from './zh-CN';
import type { Messages } from '../messages';

export const plansEn: Messages<typeof plansZhCN> = {
  plans: {
    nav: 'Marketing plans',
    title: 'Marketing plans',
  },
};
