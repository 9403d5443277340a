import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../src-shared/contract/settings';
import { messages } from '../../src-shared/i18n';

// The texts live in src-shared/i18n (one file per domain and language), shared with the back end
// and the CLI; here they become i18next's resources.
export const resources = { 'zh-CN': { translation: messages['zh-CN'] }, en: { translation: messages.en } } as const;

/** Chinese first: the UI starts in zh-CN until the device's saved preference arrives. */
export function initI18n(): void {
  // 'LLL' gives 2025年1月1日 08:00 in Chinese and January 1, 2025 8:00 AM in English.
  dayjs.extend(localizedFormat);
  void i18next.use(initReactI18next).init({
    resources,
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  dayjs.locale('zh-cn');
}

export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
}
