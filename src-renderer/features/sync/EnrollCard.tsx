import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrollInput, type EnrollMode } from '../../../src-shared/contract/sync';
import type { SaveResult } from '../../lib/result';
import { useZodForm } from '../../lib/use-zod-form';
import { ConflictModal } from './ConflictModal';
import { isBothHaveData, syncStore, useSync } from './store';
import { useShowSyncError } from './use-show-sync-error';

/** Not enrolled: what sync does, and HQ's address, the code and this device's name. */
export function EnrollCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowSyncError();
  const enrolling = useSync((s) => s.enrolling);
  const previous = useSync((s) => s.previous);
  const form = useZodForm(EnrollInput, { hqUrl: previous?.hqUrl ?? '', code: '', deviceName: previous?.deviceName ?? undefined });
  /** The input HQ refused for holding data too, while the operator chooses; then the chosen mode. */
  const [conflict, setConflict] = useState<{ input: EnrollInput; mode: EnrollMode | null } | null>(null);

  async function enroll(input: EnrollInput) {
    const result = await syncStore().getState().enroll(input);
    if (result.ok) void message.success(t('sync.form.done'));
    return result;
  }

  async function submit() {
    await form.submit(async (input): Promise<SaveResult<unknown>> => {
      const result = await enroll(input);
      if (result.ok) return result;
      if (isBothHaveData(result.error)) {
        setConflict({ input, mode: null });
        return { ok: true, data: null };
      }
      // Issues on a field (a code HQ does not know) go under it; the rest is said in sync's words.
      const onFields = result.error.issues.filter((issue) => issue.path.length > 0);
      if (onFields.length > 0) form.applyIssues(onFields);
      else showError(result.error);
      return { ok: true, data: null };
    });
  }

  async function choose(mode: EnrollMode) {
    if (!conflict) return;
    setConflict({ ...conflict, mode });
    const result = await enroll({ ...conflict.input, mode });
    if (result.ok) return setConflict(null);
    setConflict({ ...conflict, mode: null });
    showError(result.error);
  }

  return (
    <Card title={t('sync.intro.title')} data-testid="sync-enroll">
      <Typography.Paragraph style={{ maxWidth: 720 }}>{t('sync.intro.what')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 720 }}>
        {t('sync.intro.offline')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void submit()} style={{ maxWidth: 560 }} disabled={enrolling}>
        <Form.Item label={t('sync.form.hqUrl')} required {...form.status('hqUrl')}>
          <Input data-testid="sync-hq-url" value={form.values.hqUrl} placeholder={t('sync.form.hqUrlPlaceholder')} onChange={(e) => form.set('hqUrl', e.target.value)} autoComplete="url" inputMode="url" />
        </Form.Item>
        <Form.Item label={t('sync.form.code')} required extra={t('sync.form.codeHint')} {...form.status('code')}>
          <Input data-testid="sync-code" value={form.values.code} placeholder={t('sync.form.codePlaceholder')} onChange={(e) => form.set('code', e.target.value)} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item label={t('sync.form.deviceName')} extra={t('sync.form.deviceNameHint')} {...form.status('deviceName')}>
          <Input
            data-testid="sync-device-name"
            value={form.values.deviceName ?? ''}
            placeholder={t('sync.form.deviceNamePlaceholder')}
            onChange={(e) => form.set('deviceName', e.target.value === '' ? undefined : e.target.value)}
          />
        </Form.Item>
        {/* Loading, not greyed out with the fields: the wait is this button's. */}
        <Button type="primary" htmlType="submit" loading={enrolling} disabled={false} data-testid="sync-enroll-submit">
          {t('sync.form.submit')}
        </Button>
        {enrolling && (
          <Typography.Paragraph type="secondary" data-testid="sync-enroll-progress" style={{ margin: '12px 0 0' }}>
            {t('sync.form.progress')}
          </Typography.Paragraph>
        )}
      </Form>
      <ConflictModal open={conflict !== null} busy={conflict?.mode ?? null} onChoose={(mode) => void choose(mode)} onCancel={() => setConflict(null)} />
    </Card>
  );
}
