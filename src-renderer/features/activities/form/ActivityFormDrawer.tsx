import { AutoComplete, Col, Divider, Form, Input, Row, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_MECHANICS, ACTIVITY_PURPOSES, ACTIVITY_STATUSES, ActivityInput, type Activity } from '../../../../src-shared/contract/activities';
import { accountOptions } from '../../../components/AccountLabel';
import { DrawerForm, FormDrawer } from '../../../components/FormDrawer';
import { useZodForm } from '../../../lib/use-zod-form';
import { useAccounts } from '../../accounts/store';
import { OwnerSelect } from '../../team/OwnerSelect';
import { mechanicLabel, mechanicOfText } from '../labels';
import { activitiesStore } from '../store';
import { initialOf } from './form-values';
import { ImagesField } from './ImagesField';
import { InduceWarning } from './InduceWarning';
import { PhasesFields } from './PhasesFields';
import { ResultsFields } from './ResultsFields';

/** The longest lesson the contract keeps; the count under the field says how much is left. */
const LESSONS_MAX = 5000;
const fieldId = (name: string) => `activity-form-${name}`;

function ActivityForm({ activity }: { activity: Activity | null }) {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.rows);
  const form = useZodForm(ActivityInput, initialOf(activity));
  const { values, set, status } = form;
  const section = (key: string) => (
    <Divider titlePlacement="start" style={{ marginTop: 8 }}>
      {t(`activities.form.section.${key}`)}
    </Divider>
  );
  const mechanicText = mechanicLabel(t, values.mechanic ?? '');

  return (
    <DrawerForm form={form} testId="activity-form" saveTestId="activity-save" save={(input) => activitiesStore().getState().save(input, activity?.id)}>
      {section('basics')}
      <Form.Item label={t('activities.field.name')} required htmlFor={fieldId('name')} {...status('name')}>
        <Input id={fieldId('name')} data-testid="activity-form-name" placeholder={t('activities.form.namePlaceholder')} value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item label={t('activities.field.purpose')} required {...status('purpose')}>
            <Segmented data-testid="activity-form-purpose" value={values.purpose} onChange={(v) => set('purpose', v)} options={ACTIVITY_PURPOSES.map((p) => ({ value: p, label: t(`activities.purpose.${p}`) }))} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label={t('activities.field.status')} htmlFor={fieldId('status')} {...status('status')}>
            <Select
              id={fieldId('status')}
              data-testid="activity-form-status"
              value={values.status}
              onChange={(v) => set('status', v)}
              options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`activities.status.${s}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('activities.field.mechanic')} htmlFor={fieldId('mechanic')} extra={t('activities.form.mechanicHint')} {...status('mechanic')}>
        <AutoComplete
          id={fieldId('mechanic')}
          data-testid="activity-form-mechanic"
          value={mechanicText}
          onChange={(text: string) => set('mechanic', mechanicOfText(t, text))}
          options={ACTIVITY_MECHANICS.map((m) => ({ value: t(`activities.mechanic.${m}`) }))}
          showSearch={{ filterOption: (input, option) => !input || String(option?.value ?? '').includes(input) }}
          placeholder={t('activities.form.mechanicPlaceholder')}
        />
      </Form.Item>
      <InduceWarning text={mechanicText} testId="activity-mechanic-warning" />
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item label={t('activities.field.accounts')} htmlFor={fieldId('accounts')} {...status('accountIds')}>
            <Select
              id={fieldId('accounts')}
              data-testid="activity-form-accounts"
              mode="multiple"
              allowClear
              placeholder={t('activities.form.accountsPlaceholder')}
              value={values.accountIds}
              onChange={(ids: string[]) => set('accountIds', ids)}
              options={accountOptions(accounts, t)}
              optionFilterProp="title"
            />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label={t('activities.field.owner')} htmlFor={fieldId('owner')} {...status('ownerId')}>
            <OwnerSelect id={fieldId('owner')} data-testid="activity-form-owner" value={values.ownerId ?? null} onChange={(id) => set('ownerId', id)} placeholder={t('activities.form.ownerPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>

      {section('phases')}
      <PhasesFields phases={values.phases ?? []} onChange={(phases) => set('phases', phases)} status={status} />

      {section('plan')}
      <Form.Item label={t('activities.field.goal')} htmlFor={fieldId('goal')} {...status('goal')}>
        <Input.TextArea
          id={fieldId('goal')}
          data-testid="activity-form-goal"
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('activities.form.goalPlaceholder')}
          value={values.goal}
          onChange={(e) => set('goal', e.target.value)}
        />
      </Form.Item>
      <Form.Item label={t('activities.field.plan')} htmlFor={fieldId('plan')} {...status('plan')}>
        <Input.TextArea
          id={fieldId('plan')}
          data-testid="activity-form-plan"
          autoSize={{ minRows: 3, maxRows: 10 }}
          placeholder={t('activities.form.planPlaceholder')}
          value={values.plan}
          onChange={(e) => set('plan', e.target.value)}
        />
      </Form.Item>
      <InduceWarning text={values.plan ?? ''} testId="activity-plan-warning" />
      <Form.Item label={t('activities.field.reachChannels')} htmlFor={fieldId('channels')} {...status('reachChannels')}>
        <Select
          id={fieldId('channels')}
          data-testid="activity-form-channels"
          mode="tags"
          placeholder={t('activities.form.channelsPlaceholder')}
          value={values.reachChannels}
          onChange={(channels: string[]) => set('reachChannels', channels)}
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', '，', '、']}
        />
      </Form.Item>

      {section('results')}
      <ResultsFields values={values} set={set} status={status} />

      {section('review')}
      <Form.Item label={t('activities.field.lessons')} htmlFor={fieldId('lessons')} {...status('lessons')}>
        <Input.TextArea
          id={fieldId('lessons')}
          data-testid="activity-form-lessons"
          autoSize={{ minRows: 4, maxRows: 14 }}
          // Counted, never cut: text pasted beyond the limit stays for the operator to shorten.
          count={{ show: true, max: LESSONS_MAX }}
          placeholder={t('activities.form.lessonsPlaceholder')}
          value={values.lessons}
          onChange={(e) => set('lessons', e.target.value)}
        />
      </Form.Item>
      <Form.Item label={t('activities.field.images')} {...status('images')}>
        <ImagesField value={values.images ?? []} onChange={(images) => set('images', images)} />
      </Form.Item>
    </DrawerForm>
  );
}

export function ActivityFormDrawer({ open, activity, onClose }: { open: boolean; activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={720} title={activity ? t('activities.form.editTitle', { name: activity.name }) : t('activities.form.createTitle')}>
      <ActivityForm key={activity?.id ?? 'new'} activity={activity} />
    </FormDrawer>
  );
}
