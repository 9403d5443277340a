import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONCERN_CATEGORIES, CONCERN_STATUSES, ConcernInput, type Concern } from '../../../src-shared/contract/concerns';
import { accountOptions } from '../../components/AccountLabel';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { useZodForm } from '../../lib/use-zod-form';
import { useAccounts } from '../accounts/store';
import { concernsStore, useConcernsBoard } from './store';

function initialOf(concern: Concern | null): ConcernInput {
  if (!concern) return { topic: '', category: 'product', frequency: 1, examples: '', status: 'new', firstSeen: dayjs().format('YYYY-MM-DD'), accountId: null, notes: '', articleIds: [] };
  const { topic, category, frequency, examples, status, firstSeen, accountId, notes, articleIds } = concern;
  return { topic, category, frequency, examples, status, firstSeen, accountId, notes, articleIds };
}

const fieldId = (name: string) => `concern-${name}`;

function ConcernForm({ concern }: { concern: Concern | null }) {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.rows);
  const articles = useConcernsBoard((s) => s.articles);
  const form = useZodForm(ConcernInput, initialOf(concern));
  const { values, set, status } = form;
  // A linked article the picker's list lacks (deleted meanwhile) still shows by its title.
  const articleOptions = [...articles, ...(concern?.articles ?? []).filter((a) => !articles.some((b) => b.id === a.id))].map((a) => ({ value: a.id, label: a.title }));

  return (
    <DrawerForm form={form} testId="concern-form" saveTestId="concern-save" save={(input) => concernsStore().getState().save(input, concern?.id)}>
      <Form.Item label={t('concerns.form.topic')} htmlFor={fieldId('topic')} required {...status('topic')}>
        <Input id={fieldId('topic')} data-testid="concern-form-topic" placeholder={t('concerns.form.topicPlaceholder')} value={values.topic} onChange={(e) => set('topic', e.target.value)} autoFocus />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={t('concerns.form.category')} htmlFor={fieldId('category')} required {...status('category')}>
            <Select
              id={fieldId('category')}
              data-testid="concern-form-category"
              value={values.category}
              onChange={(category) => set('category', category)}
              options={CONCERN_CATEGORIES.map((c) => ({ value: c, label: t(`concerns.category.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('concerns.form.status')} htmlFor={fieldId('status')} {...status('status')}>
            <Select
              id={fieldId('status')}
              data-testid="concern-form-status"
              value={values.status}
              onChange={(next) => set('status', next)}
              options={CONCERN_STATUSES.map((s) => ({ value: s, label: t(`concerns.status.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('concerns.form.frequency')} htmlFor={fieldId('frequency')} tooltip={t('concerns.form.frequencyHint')} {...status('frequency')}>
            <InputNumber id={fieldId('frequency')} data-testid="concern-form-frequency" min={0} precision={0} style={{ width: '100%' }} value={values.frequency} onChange={(n) => set('frequency', n ?? 0)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('concerns.form.examples')} htmlFor={fieldId('examples')} {...status('examples')}>
        <Input.TextArea
          id={fieldId('examples')}
          data-testid="concern-form-examples"
          autoSize={{ minRows: 4, maxRows: 12 }}
          placeholder={t('concerns.form.examplesPlaceholder')}
          value={values.examples}
          onChange={(e) => set('examples', e.target.value)}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item label={t('concerns.form.firstSeen')} htmlFor={fieldId('firstSeen')} {...status('firstSeen')}>
            <DatePicker id={fieldId('firstSeen')} style={{ width: '100%' }} value={values.firstSeen ? dayjs(values.firstSeen) : null} onChange={(day) => set('firstSeen', day ? day.format('YYYY-MM-DD') : '')} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item label={t('concerns.form.account')} htmlFor={fieldId('account')} {...status('accountId')}>
            <Select
              id={fieldId('account')}
              allowClear
              placeholder={t('concerns.form.accountPlaceholder')}
              value={values.accountId ?? undefined}
              onChange={(next?: string) => set('accountId', next ?? null)}
              options={accountOptions(accounts, t)}
              showSearch={{ optionFilterProp: 'title' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('concerns.form.articles')} htmlFor={fieldId('articles')} {...status('articleIds')}>
        <Select
          id={fieldId('articles')}
          data-testid="concern-form-articles"
          mode="multiple"
          placeholder={t('concerns.form.articlesPlaceholder')}
          value={values.articleIds}
          onChange={(ids: string[]) => set('articleIds', ids)}
          options={articleOptions}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item label={t('concerns.form.notes')} htmlFor={fieldId('notes')} {...status('notes')}>
        <Input.TextArea id={fieldId('notes')} autoSize={{ minRows: 2, maxRows: 6 }} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </Form.Item>
    </DrawerForm>
  );
}

export function ConcernFormDrawer({ open, concern, onClose }: { open: boolean; concern: Concern | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={600} title={t(concern ? 'concerns.form.editTitle' : 'concerns.form.createTitle')}>
      <ConcernForm key={concern?.id ?? 'new'} concern={concern} />
    </FormDrawer>
  );
}
