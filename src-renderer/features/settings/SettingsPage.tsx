import { App, Button, Card, Form, Popconfirm, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../src-shared/contract/settings';
import { WorkspaceInput, type Workspace } from '../../../src-shared/contract/workspace';
import { useZodForm } from '../../lib/use-zod-form';
import { BackupsCard } from '../backups/BackupsCard';
import { HolidaysCard } from '../holidays/HolidaysCard';
import { LintWordsCard } from '../lint-words/LintWordsCard';
import { RemindersCard } from '../reminders/RemindersCard';
import { SyncSettingsCard } from '../sync/SyncSettingsCard';
import { useLoadDemo } from '../workspace/use-load-demo';
import { WorkspaceFields } from '../workspace/WorkspaceFields';
import { useWorkspace, workspaceStore } from '../workspace/store';
import { useSettings } from './store';
import { useSetLanguage } from './use-set-language';

function ProfileCard({ workspace }: { workspace: Workspace | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(WorkspaceInput, {
    name: workspace?.name ?? '',
    shortName: workspace?.shortName ?? '',
    brand: workspace?.brand ?? '',
    industry: workspace?.industry ?? '',
    namingTemplate: workspace?.namingTemplate ?? '',
  });

  async function submit() {
    const saved = await form.submit((input) => workspaceStore().getState().update(input));
    if (saved) void message.success(t('common.saved'));
  }

  return (
    <Card title={t('settings.profile')}>
      <Form layout="vertical" data-testid="workspace-form" onFinish={() => void submit()} style={{ maxWidth: 560 }}>
        <WorkspaceFields form={form} />
        <Button type="primary" htmlType="submit" loading={form.submitting} data-testid="workspace-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** The demo can be loaded later too; the back end backs up the current data first. */
function DemoCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loadingDemo = useWorkspace((s) => s.loadingDemo);
  const loadDemo = useLoadDemo();

  async function load() {
    if (!(await loadDemo())) return;
    void message.success(t('settings.demoLoaded'));
  }

  return (
    <Card title={t('firstLaunch.demo.title')}>
      <Typography.Paragraph type="secondary">{t('settings.demoHint')}</Typography.Paragraph>
      <Popconfirm title={t('settings.demoConfirm')} onConfirm={() => void load()} okText={t('firstLaunch.demo.submit')} cancelText={t('common.cancel')}>
        <Button loading={loadingDemo} data-testid="settings-load-demo">
          {t('firstLaunch.demo.submit')}
        </Button>
      </Popconfirm>
    </Card>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const status = useWorkspace((s) => s.status);
  const language = useSettings((s) => s.settings.language);
  const setLanguage = useSetLanguage();

  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 960 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <ProfileCard key={status?.workspace?.updatedAt ?? 'none'} workspace={status?.workspace ?? null} />
      <SyncSettingsCard />
      <Card title={t('settings.device')}>
        <Form layout="horizontal" labelCol={{ flex: '120px' }}>
          <Form.Item label={t('settings.language')}>
            <Select data-testid="settings-language" style={{ width: 200 }} value={language} onChange={setLanguage} options={Language.options.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
          </Form.Item>
          <Form.Item label={t('settings.dataDir')} extra={t('settings.dataDirHint')} style={{ marginBottom: 0 }}>
            <Typography.Text code copyable data-testid="settings-data-dir">
              {status?.dataDir ?? ''}
            </Typography.Text>
          </Form.Item>
        </Form>
      </Card>
      <RemindersCard />
      <HolidaysCard />
      <LintWordsCard />
      <BackupsCard />
      <DemoCard />
    </div>
  );
}
