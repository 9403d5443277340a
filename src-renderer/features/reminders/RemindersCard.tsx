import { Alert, App, Button, Card, Divider, Form, Input, Space, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DigestSettings, type DigestStatus } from '../../../src-shared/contract/reminders';
import { formatDateTime } from '../../lib/format';
import { useShowError } from '../../lib/use-show-error';
import { useZodForm } from '../../lib/use-zod-form';
import { remindersStore, useReminders } from './store';

// 设置 → 提醒: desktop notifications (permission asked from the switch, never on load) and the
// daily 排期 digest to a WeChat Work group robot (address, time, 发送测试, how the last one went).

function NotificationsSetting() {
  const { t } = useTranslation();
  const showError = useShowError();
  const on = useReminders((s) => s.reminders?.settings.notifications ?? false);
  const permission = useReminders((s) => s.permission);

  async function toggle(wanted: boolean) {
    const result = await remindersStore().getState().setNotifications(wanted);
    if (!result.ok) showError(result.error);
  }

  return (
    <Form.Item label={t('reminders.notifications.label')} extra={t('reminders.notifications.hint')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Switch data-testid="reminders-notifications" checked={on && permission === 'granted'} disabled={permission === 'unsupported'} onChange={(wanted) => void toggle(wanted)} />
        {permission === 'unsupported' && <Alert type="info" showIcon title={t('reminders.notifications.unsupported')} />}
        {permission === 'denied' && <Alert data-testid="reminders-denied" type="warning" showIcon title={t('reminders.notifications.denied')} />}
        {on && permission === 'default' && (
          <Alert
            type="warning"
            showIcon
            title={t('reminders.notifications.notAllowed')}
            action={
              <Button size="small" onClick={() => void remindersStore().getState().askPermission()}>
                {t('reminders.notifications.allow')}
              </Button>
            }
          />
        )}
      </Space>
    </Form.Item>
  );
}

/** 上次发送 …, or the last failure with its time and reason. */
function DigestStatusLine({ status }: { status: DigestStatus }) {
  const { t } = useTranslation();
  const failure = status.lastError;
  return (
    <div data-testid="reminders-digest-status">
      <Typography.Text type="secondary">{status.lastSentAt ? t('reminders.digest.lastSent', { time: formatDateTime(status.lastSentAt) }) : t('reminders.digest.never')}</Typography.Text>
      {failure && (
        <Alert
          data-testid="reminders-digest-error"
          style={{ marginTop: 8 }}
          type="error"
          showIcon
          title={t('reminders.digest.failed', { time: formatDateTime(failure.at), reason: t(`reminders.digest.failure.${failure.kind}`, { detail: failure.detail }) })}
        />
      )}
    </div>
  );
}

function DigestSetting({ initial, status }: { initial: DigestSettings; status: DigestStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(DigestSettings, initial);
  const { values, set, status: fieldStatus } = form;
  const testing = useReminders((s) => s.testing);

  async function save() {
    const saved = await form.submit((input) => remindersStore().getState().saveDigest(input));
    if (!saved) return;
    form.reset(saved.settings.digest);
    void message.success(t('common.saved'));
  }

  async function test() {
    const input = form.validate();
    if (!input) return;
    const result = await remindersStore().getState().sendTest(input.robotUrl);
    if (!result.ok) return form.applyIssues(result.error.issues);
    if (result.data.sent) void message.success(t('reminders.digest.testSent'));
  }

  return (
    <>
      <Form.Item label={t('reminders.digest.label')} extra={t('reminders.digest.hint')}>
        <Switch data-testid="reminders-digest-enabled" checked={values.enabled} onChange={(enabled) => set('enabled', enabled)} />
      </Form.Item>
      <Form.Item label={t('reminders.digest.robotUrl')} htmlFor="reminders-robot-url" {...fieldStatus('robotUrl')}>
        <Input
          id="reminders-robot-url"
          data-testid="reminders-robot-url"
          style={{ maxWidth: 560 }}
          placeholder={t('reminders.digest.robotUrlPlaceholder')}
          value={values.robotUrl}
          onChange={(e) => set('robotUrl', e.target.value)}
        />
      </Form.Item>
      <Form.Item label={t('reminders.digest.time')} htmlFor="reminders-time" {...fieldStatus('time')}>
        <TimePicker
          id="reminders-time"
          data-testid="reminders-time"
          format="HH:mm"
          allowClear={false}
          needConfirm={false}
          showNow={false}
          value={dayjs(`2000-01-01T${values.time}`)}
          onChange={(time) => time && set('time', time.format('HH:mm'))}
        />
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Space orientation="vertical">
          <Space>
            <Button type="primary" data-testid="reminders-save" loading={form.submitting} disabled={!form.dirty} onClick={() => void save()}>
              {t('common.save')}
            </Button>
            <Button data-testid="reminders-test" loading={testing} onClick={() => void test()}>
              {t('reminders.digest.test')}
            </Button>
          </Space>
          <DigestStatusLine status={status} />
        </Space>
      </Form.Item>
    </>
  );
}

export function RemindersCard() {
  const { t } = useTranslation();
  const reminders = useReminders((s) => s.reminders);
  // The digest's status changes in the back end (the daily send): read afresh when the card opens.
  useEffect(() => {
    void remindersStore().getState().load();
  }, []);
  return (
    <Card title={t('reminders.title')} data-testid="reminders-card" id="reminders">
      <Form layout="horizontal" labelCol={{ flex: '190px' }}>
        <NotificationsSetting />
        <Divider />
        {reminders && <DigestSetting key={JSON.stringify(reminders.settings.digest)} initial={reminders.settings.digest} status={reminders.digest} />}
      </Form>
    </Card>
  );
}
