import { Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityInput } from '../../../../src-shared/contract/activities';
import { MoneyInput } from '../../../components/MoneyInput';
import { useMoneyField } from '../../../lib/money-field';
import type { ItemStatus } from '../../../lib/use-zod-form';

type CountField = 'participants' | 'newFollowers' | 'unfollows' | 'conversions' | 'unfollowDays';

interface Props {
  values: ActivityInput;
  set: <K extends keyof ActivityInput & string>(field: K, value: ActivityInput[K]) => void;
  status: (path: string) => ItemStatus;
}

/** What the activity brought: people, followers won and lost (after N days), conversions and money. */
export function ResultsFields({ values, set, status }: Props) {
  const { t } = useTranslation();
  const revenue = useMoneyField(status, 'revenueFen');
  const perFollower = useMoneyField(status, 'valuePerFollowerFen');
  const count = (field: CountField, label: string) => (
    <Form.Item label={label} {...status(field)}>
      {/* A cleared count is 0: left out, an update would keep the old figure. */}
      <InputNumber<number> data-testid={`activity-form-${field}`} min={0} precision={0} style={{ width: '100%' }} value={values[field]} onChange={(v) => set(field, v ?? 0)} />
    </Form.Item>
  );
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>{count('participants', t('activities.field.participants'))}</Col>
        <Col span={8}>{count('newFollowers', t('activities.field.newFollowers'))}</Col>
        <Col span={8}>{count('conversions', t('activities.field.conversions'))}</Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>{count('unfollows', t('activities.field.unfollows'))}</Col>
        <Col span={8}>{count('unfollowDays', t('activities.field.unfollowDays'))}</Col>
      </Row>
      {/* No amount (0) reads as an empty field, its placeholder ¥0.00, ready to type into. */}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('activities.field.revenue')} extra={t('activities.form.revenueHint')} {...revenue.status}>
            <MoneyInput data-testid="activity-form-revenue" value={values.revenueFen || null} optional onChange={(fen) => set('revenueFen', fen ?? 0)} onIssue={revenue.onIssue} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('activities.field.valuePerFollower')} extra={t('activities.form.valuePerFollowerHint')} {...perFollower.status}>
            <MoneyInput data-testid="activity-form-value-per-follower" value={values.valuePerFollowerFen || null} optional onChange={(fen) => set('valuePerFollowerFen', fen ?? 0)} onIssue={perFollower.onIssue} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
