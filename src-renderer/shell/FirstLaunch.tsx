import { Button, Card, Form, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkspaceInput } from '../../src-shared/contract/workspace';
import { DEFAULT_NAMING_TEMPLATE, WorkspaceFields } from '../features/workspace/WorkspaceFields';
import { useWorkspace, workspaceStore } from '../features/workspace/store';
import { useLoadDemo } from '../features/workspace/use-load-demo';
import { syncHref } from '../features/sync/route';
import { useShowError } from '../lib/use-show-error';
import { useZodForm } from '../lib/use-zod-form';
import { LanguageSwitch } from './LanguageSwitch';

export function FirstLaunch() {
  const { t } = useTranslation();
  const loadingDemo = useWorkspace((s) => s.loadingDemo);
  const loadDemo = useLoadDemo();
  const form = useZodForm(WorkspaceInput, { name: '', shortName: '', brand: '', industry: '', namingTemplate: DEFAULT_NAMING_TEMPLATE });
  const showError = useShowError();
  const [joining, setJoining] = useState(false);

  /** A second laptop: an empty workspace (HQ's profile replaces the placeholder one), then 设置 → 同步 to enrol. */
  async function joinHq() {
    setJoining(true);
    // Set first: the shell opens on the route it finds once the workspace exists.
    const before = window.location.hash;
    window.location.hash = syncHref();
    const result = await workspaceStore()
      .getState()
      .startEmpty({ name: t('firstLaunch.join.name'), shortName: t('firstLaunch.join.shortName'), brand: '', industry: '', namingTemplate: DEFAULT_NAMING_TEMPLATE });
    setJoining(false);
    if (result.ok) return;
    window.location.hash = before;
    showError(result.error);
  }

  return (
    <div style={{ minHeight: '100%', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', background: '#f5f7f6', padding: 24 }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Typography.Title level={2} style={{ marginBottom: 4 }}>
        {t('firstLaunch.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('firstLaunch.subtitle')}</Typography.Paragraph>
      <div style={{ display: 'flex', gap: 24, alignItems: 'flex-start', flexWrap: 'wrap', justifyContent: 'center' }}>
        <Card title={t('firstLaunch.empty.title')} style={{ width: 420 }}>
          <Form layout="vertical" data-testid="first-launch-form" onFinish={() => void form.submit((input) => workspaceStore().getState().startEmpty(input))}>
            <WorkspaceFields form={form} />
            <Button type="primary" htmlType="submit" block data-testid="first-launch-empty" loading={form.submitting} disabled={loadingDemo || joining}>
              {t('firstLaunch.empty.submit')}
            </Button>
          </Form>
        </Card>
        <Card title={t('firstLaunch.demo.title')} style={{ width: 320 }}>
          <Typography.Paragraph>{t('firstLaunch.demo.description')}</Typography.Paragraph>
          {loadingDemo ? (
            <div data-testid="first-launch-progress" style={{ textAlign: 'center', padding: 16 }}>
              <Spin />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                {t('firstLaunch.demo.loading')}
              </Typography.Paragraph>
            </div>
          ) : (
            <Button block data-testid="first-launch-demo" onClick={() => void loadDemo()} disabled={joining}>
              {t('firstLaunch.demo.submit')}
            </Button>
          )}
        </Card>
        <Card title={t('firstLaunch.join.title')} style={{ width: 320 }}>
          <Typography.Paragraph>{t('firstLaunch.join.description')}</Typography.Paragraph>
          <Button block data-testid="first-launch-join" loading={joining} disabled={loadingDemo} onClick={() => void joinHq()}>
            {t('firstLaunch.join.submit')}
          </Button>
        </Card>
      </div>
    </div>
  );
}
