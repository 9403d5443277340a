import { Alert, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInput } from '../../../src-shared/contract/workspace';
import { expandTemplate, unknownPlaceholders } from '../../../src-shared/domain/accounts/naming';
import type { ZodForm } from '../../lib/use-zod-form';

export const DEFAULT_NAMING_TEMPLATE = '{品牌}·{城市}{业态}';

/** The workspace profile fields, shared by the first-launch screen and the settings page. */
export function WorkspaceFields({ form }: { form: ZodForm<typeof WorkspaceInput> }) {
  const { t } = useTranslation();
  const { values, set, status } = form;
  const template = values.namingTemplate ?? '';
  const preview = expandTemplate(template, {
    brand: values.brand ?? '',
    shortName: values.shortName ?? '',
    city: t('workspace.preview.sampleCity'),
    businessLine: t('workspace.preview.sampleBusiness'),
  });
  const unknown = unknownPlaceholders(template);

  return (
    <>
      <Form.Item label={t('workspace.form.name')} required {...status('name')}>
        <Input data-testid="workspace-form-name" value={values.name} placeholder={t('workspace.form.namePlaceholder')} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('workspace.form.shortName')} required {...status('shortName')} extra={t('workspace.form.shortNameHint')}>
        <Input data-testid="workspace-form-short-name" value={values.shortName} onChange={(e) => set('shortName', e.target.value)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('workspace.form.brand')} {...status('brand')}>
            <Input data-testid="workspace-form-brand" value={values.brand} onChange={(e) => set('brand', e.target.value)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('workspace.form.industry')} {...status('industry')}>
            <Input data-testid="workspace-form-industry" value={values.industry} onChange={(e) => set('industry', e.target.value)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('workspace.form.namingTemplate')} {...status('namingTemplate')} extra={t('workspace.form.namingTemplateHint')}>
        <Input data-testid="workspace-form-template" value={template} onChange={(e) => set('namingTemplate', e.target.value)} />
      </Form.Item>
      {template.trim() && (
        <Typography.Paragraph type="secondary" data-testid="naming-preview" style={{ marginTop: -8 }}>
          {t('workspace.preview.label')}
          <Typography.Text strong>{preview.text}</Typography.Text>
          {preview.missing.length > 0 && ` (${t('workspace.preview.missing', { names: preview.missing.map((n) => `{${n}}`).join(' ') })})`}
        </Typography.Paragraph>
      )}
      {unknown.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('workspace.preview.unknown', { names: unknown.map((n) => `{${n}}`).join(' ') })} />}
    </>
  );
}
