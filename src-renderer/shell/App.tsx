import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../features/settings/store';
import { useWorkspace, workspaceStore } from '../features/workspace/store';
import { applyLanguage } from '../i18n';
import { AppShell } from './AppShell';
import { FirstLaunch } from './FirstLaunch';
import { THEME } from './theme';

function Boot() {
  const { t } = useTranslation();
  const status = useWorkspace((s) => s.status);
  const error = useWorkspace((s) => s.error);
  const settingsLoaded = useSettings((s) => s.loaded);

  if (!status && error) {
    return (
      <Result
        status="error"
        title={t('app.startFailed')}
        subTitle={error.message}
        extra={<Button onClick={() => void workspaceStore().getState().load()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!status || !settingsLoaded) {
    return (
      <div style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  return status.initialized ? <AppShell /> : <FirstLaunch />;
}

export function App() {
  const language = useSettings((s) => s.settings.language);

  applyLanguage(language);

  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp style={{ height: '100%' }}>
        <Boot />
      </AntApp>
    </ConfigProvider>
  );
}
