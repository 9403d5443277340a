import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Account } from '../../../src-shared/contract/accounts';
import { CalendarItemInput } from '../../../src-shared/contract/calendar';
import type { Column } from '../../../src-shared/contract/columns';
import { Id, requiredText } from '../../../src-shared/contract/common';
import { accountOptions } from '../../components/AccountLabel';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { navigate } from '../../lib/router';
import { useZodForm } from '../../lib/use-zod-form';
import { articleHref } from './route';
import { articlesStore } from './store';

/** articles.create's fields for a new calendar item with its article (no date: a topic in the pool). */
const NewArticle = z.object({ accountId: Id, title: requiredText(64), columnId: Id.nullable(), date: CalendarItemInput.shape.date });
type NewArticle = z.input<typeof NewArticle>;

interface Props {
  open: boolean;
  accounts: Account[];
  columns: Column[];
  /** The account to start on: the one the list is filtered to, else the first. */
  accountId?: string;
  onClose: () => void;
}

const fieldId = (name: string) => `article-create-${name}`;

function CreateArticleForm({ accounts, columns, accountId }: Omit<Props, 'open' | 'onClose'>) {
  const { t } = useTranslation();
  const form = useZodForm(NewArticle, { accountId: accountId ?? accounts[0]?.id ?? '', title: '', columnId: null, date: '' });
  const { values, set, update, status } = form;
  const accountColumns = columns.filter((c) => c.accountId === values.accountId);

  async function save(input: NewArticle) {
    const result = await articlesStore().getState().create(input);
    if (result.ok) navigate(articleHref(result.data.id));
    return result;
  }

  return (
    <DrawerForm form={form} testId="article-create-form" saveTestId="article-create-save" save={save} savedText={() => t('articles.create.created')}>
      <Form.Item label={t('articles.create.account')} htmlFor={fieldId('account')} required {...status('accountId')}>
        <Select
          id={fieldId('account')}
          data-testid="article-create-account"
          value={values.accountId || undefined}
          onChange={(next: string) => update({ accountId: next, columnId: null })}
          options={accountOptions(accounts, t)}
          showSearch={{ optionFilterProp: 'title' }}
        />
      </Form.Item>
      <Form.Item label={t('articles.create.title')} htmlFor={fieldId('title')} required {...status('title')}>
        <Input id={fieldId('title')} data-testid="article-create-title" value={values.title} onChange={(e) => set('title', e.target.value)} autoFocus />
      </Form.Item>
      <Form.Item label={t('articles.create.date')} htmlFor={fieldId('date')} extra={values.date ? undefined : t('articles.create.poolHint')} {...status('date')}>
        <DatePicker id={fieldId('date')} data-testid="article-create-date" value={values.date ? dayjs(values.date) : null} onChange={(day) => set('date', day ? day.format('YYYY-MM-DD') : '')} />
      </Form.Item>
      <Form.Item label={t('articles.create.column')} htmlFor={fieldId('column')} {...status('columnId')}>
        <Select
          id={fieldId('column')}
          data-testid="article-create-column"
          allowClear
          placeholder={accountColumns.length ? undefined : t('articles.create.noColumns')}
          disabled={accountColumns.length === 0}
          value={values.columnId ?? undefined}
          onChange={(next?: string) => set('columnId', next ?? null)}
          options={accountColumns.map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
    </DrawerForm>
  );
}

/** 新建稿件: an account and a title, and a date (else it waits in the 选题库) and a column when known. */
export function CreateArticleDrawer({ open, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={480} title={t('articles.create.heading')}>
      <CreateArticleForm {...rest} />
    </FormDrawer>
  );
}
