import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../src-shared/contract/settings';
import { useSettings } from '../features/settings/store';
import { useSetLanguage } from '../features/settings/use-set-language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.settings.language);
  const setLanguage = useSetLanguage();
  return (
    <span data-testid="lang-switch">
      <Segmented<Language>
        size="small"
        value={language}
        options={[
          { label: t('language.zh-CN'), value: 'zh-CN' },
          { label: t('language.en'), value: 'en' },
        ]}
        onChange={setLanguage}
      />
    </span>
  );
}
