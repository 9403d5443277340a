import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../features/settings/store';
import { useWorkspace, workspaceStore } from '../features/workspace/store';
import { applyLanguage } from '../i18n';
import { errorText } from '../lib/field-errors';
import { AppShell } from './AppShell';
import { THEME } from './theme';

// Shown once per install: its form code loads only then, not before every first screen.
const FirstLaunch = lazy(() => import('./FirstLaunch').then((m) => ({ default: m.FirstLaunch })));

function Busy() {
  return (
    <div style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

function Boot() {
  const { t } = useTranslation();
  const status = useWorkspace((s) => s.status);
  const error = useWorkspace((s) => s.error);
  const settingsLoaded = useSettings((s) => s.loaded);

  if (!status && error) {
    return <Result status="error" title={t('app.startFailed')} subTitle={errorText(t, error)} extra={<Button onClick={() => void workspaceStore().getState().load()}>{t('common.retry')}</Button>} />;
  }
  if (!status || !settingsLoaded) return <Busy />;
  return status.initialized ? (
    <AppShell />
  ) : (
    <Suspense fallback={<Busy />}>
      <FirstLaunch />
    </Suspense>
  );
}

export function App() {
  const language = useSettings((s) => s.settings.language);

  applyLanguage(language);

  return (
    // antd puts a space between two Chinese characters of a button (保 存); Chinese UIs write 保存.
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }}>
        <Boot />
      </AntApp>
    </ConfigProvider>
  );
}
