import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AccountInput, AccountPurpose, Platform, UpdateFrequency, type Account } from '../../../src-shared/contract/accounts';
import { checkAccountName } from '../../../src-shared/domain/accounts/naming';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { useZodForm } from '../../lib/use-zod-form';
import { ReviewChainEditor } from '../articles/review/ReviewChainEditor';
import { OwnerSelect } from '../team/OwnerSelect';
import { useWorkspace } from '../workspace/store';
import { accountsStore } from './store';

const EMPTY: AccountInput = {
  platform: 'wechat_subscription',
  name: '',
  handle: '',
  purpose: 'brand',
  businessLine: '',
  city: '',
  followers: 0,
  verified: false,
  updateFrequency: 'weekly',
  usualPushTime: '',
  ownerId: null,
  qrPlacement: '',
  notes: '',
};

const PUSH_TIME_FORMAT = 'HH:mm';

function initialOf(account: Account | null | undefined): AccountInput {
  if (!account) return EMPTY;
  const { platform, name, handle, purpose, businessLine, city, followers, verified, updateFrequency, usualPushTime, ownerId, qrPlacement, notes } = account;
  return { platform, name, handle, purpose, businessLine, city, followers, verified, updateFrequency, usualPushTime, ownerId, qrPlacement, notes };
}

function AccountForm({ account }: { account: Account | null | undefined }) {
  const { t } = useTranslation();
  const workspace = useWorkspace((s) => s.status?.workspace);
  const form = useZodForm(AccountInput, initialOf(account));
  const { values, set, status } = form;

  const naming =
    workspace && values.name ? checkAccountName(values.name, workspace.namingTemplate, { brand: workspace.brand, shortName: workspace.shortName, city: values.city ?? '', businessLine: values.businessLine ?? '' }) : null;

  return (
    <DrawerForm
      form={form}
      testId="account-form"
      saveTestId="account-save"
      save={(input) => accountsStore().getState().save(input, account?.id)}
      savedText={(saved) => t(account ? 'common.saved' : 'accounts.created', { name: saved.name })}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('accounts.form.platform')} required {...status('platform')}>
            <Select
              data-testid="account-form-platform"
              value={values.platform}
              // The frequency is checked against the platform: a change of platform shows at once whether it still fits.
              onChange={(v) => form.update({ platform: v, updateFrequency: values.updateFrequency })}
              options={Platform.options.map((p) => ({ value: p, label: t(`accounts.platform.${p}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('accounts.form.purpose')} required {...status('purpose')}>
            <Radio.Group value={values.purpose} onChange={(e) => set('purpose', e.target.value)} optionType="button">
              {AccountPurpose.options.map((p) => (
                <Radio.Button key={p} value={p}>
                  {t(`accounts.purpose.${p}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('accounts.form.name')} required {...status('name')} extra={naming?.status === 'differs' ? t('accounts.naming.expected', { name: naming.expected }) : undefined}>
        <Input data-testid="account-form-name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('accounts.form.handle')} {...status('handle')} extra={t('accounts.form.handleHint')}>
        <Input data-testid="account-form-handle" value={values.handle} onChange={(e) => set('handle', e.target.value)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('accounts.form.businessLine')} {...status('businessLine')}>
            <Input data-testid="account-form-business" value={values.businessLine} onChange={(e) => set('businessLine', e.target.value)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('accounts.form.city')} {...status('city')}>
            <Input data-testid="account-form-city" value={values.city} onChange={(e) => set('city', e.target.value)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('accounts.form.followers')} {...status('followers')}>
            <InputNumber data-testid="account-form-followers" style={{ width: '100%' }} value={Number.isFinite(values.followers) ? values.followers : null} onChange={(v) => set('followers', v ?? Number.NaN)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('accounts.form.verified')} {...status('verified')}>
            <Switch data-testid="account-form-verified" checked={values.verified} onChange={(v) => set('verified', v)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('accounts.form.updateFrequency')} {...status('updateFrequency')}>
            <Select
              data-testid="account-form-frequency"
              value={values.updateFrequency}
              onChange={(v) => set('updateFrequency', v)}
              options={UpdateFrequency.options.map((f) => ({ value: f, label: t(`accounts.frequency.${f}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('accounts.usualPushTime.label')} htmlFor="account-form-usual-push-time" extra={t('accounts.usualPushTime.hint')} {...status('usualPushTime')}>
            <TimePicker
              id="account-form-usual-push-time"
              data-testid="account-form-usual-push-time"
              style={{ width: '100%' }}
              format={PUSH_TIME_FORMAT}
              needConfirm={false}
              placeholder={t('accounts.usualPushTime.placeholder')}
              value={values.usualPushTime ? dayjs(values.usualPushTime, PUSH_TIME_FORMAT) : null}
              onChange={(d) => set('usualPushTime', d ? d.format(PUSH_TIME_FORMAT) : '')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('accounts.form.owner')} htmlFor="account-form-owner" {...status('ownerId')}>
        <OwnerSelect id="account-form-owner" data-testid="account-form-owner" placeholder={t('accounts.form.ownerPlaceholder')} value={values.ownerId ?? null} onChange={(v) => set('ownerId', v)} />
      </Form.Item>
      <Form.Item label={t('accounts.form.qrPlacement')} {...status('qrPlacement')}>
        <Input value={values.qrPlacement} placeholder={t('accounts.form.qrPlacementPlaceholder')} onChange={(e) => set('qrPlacement', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('accounts.form.notes')} {...status('notes')}>
        <Input.TextArea rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </Form.Item>
      <Divider titlePlacement="start">{t('review.chain.title')}</Divider>
      {account ? <ReviewChainEditor accountId={account.id} /> : <Typography.Text type="secondary">{t('review.chain.afterCreate')}</Typography.Text>}
    </DrawerForm>
  );
}

/** Create (no account) or edit an account in a side drawer. */
export function AccountFormDrawer({ open, account, onClose }: { open: boolean; account?: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={560} title={t(account ? 'accounts.form.editTitle' : 'accounts.form.createTitle')}>
      <AccountForm key={account?.id ?? 'new'} account={account} />
    </FormDrawer>
  );
}
