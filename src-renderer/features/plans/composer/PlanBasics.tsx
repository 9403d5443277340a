import { CalendarOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanPatch } from '../../../../src-shared/contract/plans';
import { localDate } from '../../../../src-shared/domain/dates';
import { PLAN_TEMPLATES, type PlanPeriod, type PlanTemplate } from '../../../../src-shared/domain/plans/plan-sections';
import { useShowError } from '../../../lib/use-show-error';
import { periodLabel, periodOf } from '../labels';
import { PeriodPicker } from '../PeriodPicker';
import { composerStore } from './store';

/** A text field saved when it is left (or Enter): the plan's title and author. */
function SavedText({ value, maxLength, placeholder, testId, onSave }: { value: string; maxLength: number; placeholder: string; testId: string; onSave(text: string): void }) {
  // null: showing the saved value; a string: what is being typed.
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onSave(draft);
    setDraft(null);
  };
  return <Input id={testId} data-testid={testId} maxLength={maxLength} placeholder={placeholder} value={draft ?? value} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onPressEnter={commit} />;
}

function PeriodDialog({ initial, onClose, onSave }: { initial: PlanPeriod; onClose(): void; onSave(period: PlanPeriod): void }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(initial);
  return (
    <Modal
      open
      title={t('plans.composer.changePeriod')}
      onCancel={onClose}
      onOk={() => onSave(period)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'plan-period-save' } as Record<`data-${string}`, string>}
    >
      <PeriodPicker today={localDate(new Date())} value={period} onChange={setPeriod} />
    </Modal>
  );
}

/** Title, author, period and template of the plan; each saved as it is changed. */
export function PlanBasics({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [periodOpen, setPeriodOpen] = useState(false);
  const save = async (patch: PlanPatch, done?: string) => {
    const result = await composerStore().getState().update(patch);
    if (!result.ok) showError(result.error);
    else if (done) void message.success(done);
  };

  return (
    <Card size="small" title={t('plans.composer.basics')} data-testid="plan-basics">
      <Form layout="vertical" className="plan-basics">
        <Form.Item label={t('plans.composer.titleLabel')} htmlFor="plan-title">
          <SavedText testId="plan-title" value={plan.title} maxLength={80} placeholder={t('plans.composer.titlePlaceholder')} onSave={(title) => void save({ title })} />
        </Form.Item>
        <div className="plan-basics__pair">
          <Form.Item label={t('plans.composer.author')} htmlFor="plan-author">
            <SavedText testId="plan-author" value={plan.author} maxLength={30} placeholder={t('plans.composer.authorPlaceholder')} onSave={(author) => void save({ author })} />
          </Form.Item>
          <Form.Item label={t('plans.composer.period')}>
            <Button icon={<CalendarOutlined />} data-testid="plan-period" title={t('plans.composer.changePeriod')} onClick={() => setPeriodOpen(true)} block style={{ justifyContent: 'flex-start' }}>
              {periodLabel(t, periodOf(plan))}
            </Button>
          </Form.Item>
        </div>
        <Form.Item label={t('plans.composer.template')} style={{ marginBottom: 0 }}>
          <Segmented<PlanTemplate>
            data-testid="plan-template"
            value={plan.template}
            onChange={(template) => void save({ template }, t('plans.composer.templateSwitched', { template: t(`plans.template.${template}`) }))}
            options={PLAN_TEMPLATES.map((template) => ({ value: template, label: <span title={t(`plans.templateHint.${template}`)}>{t(`plans.template.${template}`)}</span> }))}
          />
        </Form.Item>
      </Form>
      {periodOpen && (
        <PeriodDialog
          initial={periodOf(plan)}
          onClose={() => setPeriodOpen(false)}
          onSave={(period) => {
            setPeriodOpen(false);
            void save({ periodKind: period.kind, periodStart: period.start, periodEnd: period.end });
          }}
        />
      )}
    </Card>
  );
}
