import { ArrowLeftOutlined, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, Skeleton, Space, Tabs, Tooltip, Typography, type TabsProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocPreview } from '../../../components/DocPreview';
import { errorText } from '../../../lib/field-errors';
import { navigate } from '../../../lib/router';
import { periodLabel, periodOf } from '../labels';
import { planHref, plansHref, type PlanPanel } from '../route';
import { VersionsPanel } from '../versions/VersionsPanel';
import { AssumptionsForm } from './AssumptionsForm';
import { ExportButtons } from './ExportButtons';
import { PlanBasics } from './PlanBasics';
import { SectionList } from './SectionList';
import { composerStore, useComposer } from './store';

/** Said beside the tabs while the preview is composed again after an edit. */
function PreviewStatus() {
  const { t } = useTranslation();
  const previewing = useComposer((s) => s.previewing);
  return (
    <span aria-live="polite">
      {previewing && (
        <Typography.Text type="secondary" data-testid="plan-previewing">
          <LoadingOutlined /> {t('plans.composer.previewing')}
        </Typography.Text>
      )}
    </span>
  );
}

function PreviewPanel() {
  const { t } = useTranslation();
  const preview = useComposer((s) => s.preview);
  const previewError = useComposer((s) => s.previewError);
  return (
    <>
      {previewError && <Alert type="error" showIcon message={t('plans.composer.previewFailed', { error: errorText(t, previewError) })} />}
      {preview ? <DocPreview model={preview} testId="plan-preview" /> : !previewError && <Skeleton active paragraph={{ rows: 12 }} />}
    </>
  );
}

/** One plan: its settings, sections and assumptions on the left; the preview or the recorded exports on the right. */
export function PlanComposer({ planId, panel }: { planId: string; panel: PlanPanel }) {
  const { t, i18n } = useTranslation();
  const plan = useComposer((s) => (s.plan?.id === planId ? s.plan : null));
  const error = useComposer((s) => s.error);
  const exportsCount = useComposer((s) => s.exports.length);
  // An untitled plan goes by the title the document gives it (company and period).
  const documentTitle = useComposer((s) => s.preview?.meta.title);
  const locale = i18n.language.startsWith('en') ? 'en' : 'zh-CN';
  // xl = 1200 px of window: the form and an A4 sheet side by side.
  const wide = Grid.useBreakpoint().xl ?? true;
  const [narrowTab, setNarrowTab] = useState<PlanPanel | 'edit'>(panel === 'exports' ? 'exports' : 'edit');

  useEffect(() => {
    void composerStore().getState().open(planId, locale);
    return () => composerStore().getState().close();
  }, [planId, locale]);

  const back = (
    <Tooltip title={t('plans.composer.back')}>
      <Button type="text" icon={<ArrowLeftOutlined />} href={plansHref()} aria-label={t('plans.composer.back')} data-testid="plan-back" />
    </Tooltip>
  );
  if (error && !plan)
    return (
      <div data-testid="plan-composer">
        {back}
        <Alert type="error" showIcon message={error.code === 'not_found' ? t('plans.composer.notFound') : errorText(t, error)} />
      </div>
    );

  const editing = plan ? (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <PlanBasics plan={plan} />
      <SectionList sections={plan.sections} />
      <AssumptionsForm key={plan.id} plan={plan} />
    </Space>
  ) : (
    <Skeleton active paragraph={{ rows: 10 }} />
  );
  const sideTabs = (before: NonNullable<TabsProps['items']>) => (
    <Tabs
      activeKey={wide || narrowTab !== 'edit' ? panel : 'edit'}
      onChange={(key) => {
        setNarrowTab(key as PlanPanel | 'edit');
        if (key !== 'edit') navigate(planHref(planId, key as PlanPanel));
      }}
      tabBarExtraContent={<PreviewStatus />}
      items={[
        ...before,
        { key: 'preview', label: <span data-testid="plan-tab-preview">{t('plans.composer.preview')}</span>, children: <PreviewPanel /> },
        { key: 'exports', label: <span data-testid="plan-tab-exports">{exportsCount ? t('plans.composer.exportsCount', { count: exportsCount }) : t('plans.composer.exports')}</span>, children: <VersionsPanel /> },
      ]}
    />
  );

  return (
    <div data-testid="plan-composer" className="plan-composer">
      <div className="plan-composer__head">
        <div className="plan-composer__heading">
          {back}
          <Typography.Title level={3} className="plan-composer__title" data-testid="plan-composer-title" ellipsis={{ tooltip: true }}>
            {plan?.title || documentTitle || t('plans.title')}
          </Typography.Title>
          {plan && (
            <Typography.Text type="secondary" className="plan-composer__period">
              {periodLabel(t, periodOf(plan))}
            </Typography.Text>
          )}
        </div>
        <ExportButtons />
      </div>
      {wide ? (
        <div className="plan-composer__columns">
          <div className="plan-composer__edit">{editing}</div>
          <div className="plan-composer__side">{sideTabs([])}</div>
        </div>
      ) : (
        // Too narrow for a readable sheet beside the form: editing is a tab of its own.
        sideTabs([{ key: 'edit', label: <span data-testid="plan-tab-edit">{t('plans.composer.edit')}</span>, children: editing }])
      )}
    </div>
  );
}
