import { Button, Col, DatePicker, Form, Input, Popconfirm, Row, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { CalendarItemInput, ItemStatus, MAX_SLOT, type CalendarItem, type CalendarItemData } from '../../../src-shared/contract/calendar';
import { accountOptions } from '../../components/AccountLabel';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { changedFields } from '../../lib/changed-fields';
import { useZodForm } from '../../lib/use-zod-form';
import { columnsStore, useColumns } from '../columns/store';
import { WriteArticleButton } from '../articles/calendar-link/WriteArticleButton';
import { OwnerSelect } from '../team/OwnerSelect';
import { accountColor } from './calendar-colors';
import { slotKey } from './ItemChip';
import { accountOwner, cleaned, freeSlot, hasSlots, initialValues, ownerFromColumn, platformOf, usualTime, withoutSlot, type FormContext } from './item-form-values';
import { PushOrder } from './PushOrder';
import { pushWarnings } from './push-warnings';
import { PushWarnings } from './PushWarnings';
import { calendarStore, useCalendar } from './store';
import { useItemActions } from './use-item-actions';

interface Props {
  /** The item to edit, or null to create one on `date`. */
  item: CalendarItem | null;
  date: string;
  /** The account a new item starts on (the week view's row); else the first account. */
  accountId?: string;
  accounts: Account[];
  onClose: () => void;
}

/** The id of a field's input, which its label points at (a click on the label focuses it; screen readers name it). */
const fieldId = (name: string) => `calendar-item-${name}`;
const TIME_FORMAT = 'HH:mm';

function ItemForm({ item, date, accountId, accounts, onClose }: Props) {
  const { t } = useTranslation();
  const actions = useItemActions();
  const held = useCalendar((s) => s.items);
  const context: FormContext = { held, accounts };
  // Computed once: the form's baseline is the item as the drawer opened it (a reorder of its push updates the slot).
  const [initial] = useState(() => initialValues(item, date, accountId, { held: calendarStore().getState().items, accounts }));
  const form = useZodForm(CalendarItemInput, initial);
  const { values, set, update, status } = form;
  const columns = useColumns((s) => s.byAccount[values.accountId]);
  // A new item's push time follows its account's 常用推送时间 (and a pool topic has none) until the operator sets one.
  const [timeFollows, setTimeFollows] = useState(() => !item || (item.date === '' && item.time === ''));
  const itemDate = values.date ?? '';
  const dated = itemDate !== '';
  const slotted = hasSlots(context, values.accountId);
  const { accountId: account, slot = 1, status: itemStatus = 'topic' } = values;
  const platform = platformOf(context, account);
  const warnings = useMemo(() => pushWarnings(held, { id: item?.id, accountId: account, date: itemDate, slot, status: itemStatus }, platform), [held, item?.id, account, itemDate, slot, itemStatus, platform]);

  useEffect(() => {
    if (values.accountId) void columnsStore().getState().load(values.accountId);
  }, [values.accountId]);

  function save(input: CalendarItemData) {
    const store = calendarStore().getState();
    const sent = hasSlots(context, input.accountId) ? input : withoutSlot(input);
    return item ? store.update(item.id, changedFields(cleaned(form.baseline), sent)) : store.create(sent);
  }

  async function remove() {
    if (item && (await actions.remove([item.id], item.title))) onClose();
  }

  function changeAccount(next: string) {
    // A column belongs to one account: changing the account clears it. A new item (or one that had no slots) takes the free slot.
    const slot = !item || !slotted ? freeSlot(context, next, itemDate) : values.slot;
    // An owner that was the old account's default becomes the new account's.
    const ownerFollows = !values.ownerId || values.ownerId === accountOwner(context, values.accountId);
    update({ accountId: next, columnId: null, slot, ...(timeFollows && { time: usualTime(context, next, itemDate) }), ...(ownerFollows && { ownerId: accountOwner(context, next) }) });
  }

  function changeDate(next: string) {
    update({ date: next, ...(!item && { slot: freeSlot(context, values.accountId, next) }), ...(timeFollows && { time: usualTime(context, values.accountId, next) }) });
  }

  function changeColumn(next: string | undefined) {
    const column = columns?.find((c) => c.id === next);
    update({ columnId: next ?? null, ownerId: ownerFromColumn(values.ownerId, column, accountOwner(context, values.accountId)) });
  }

  const slots = Array.from({ length: MAX_SLOT }, (_, i) => {
    const slot = slotKey(i + 1);
    return { value: i + 1, label: t(slot.key, slot.params) };
  });

  // A draft due after its push is accepted (the operator may know better), but said.
  const dueLate = dated && !!values.dueDate && values.dueDate > itemDate;
  const dueStatus = status('dueDate').validateStatus || !dueLate ? status('dueDate') : { validateStatus: 'warning' as const, help: <span data-testid="calendar-form-due-late">{t('calendar.drawer.dueAfterPush')}</span> };
  return (
    <DrawerForm
      form={form}
      testId="calendar-form"
      saveTestId="calendar-save"
      save={save}
      extraButtons={
        item && (
          <Popconfirm title={t('calendar.form.deleteConfirm', { title: item.title })} onConfirm={() => void remove()}>
            <Button danger data-testid="calendar-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Form.Item label={t('calendar.form.account')} required htmlFor={fieldId('account')} {...status('accountId')}>
        <Select id={fieldId('account')} data-testid="calendar-form-account" value={values.accountId || undefined} onChange={changeAccount} options={accountOptions(accounts, t, accountColor)} />
      </Form.Item>
      <Row gutter={12} wrap={false}>
        <Col flex="1 1 0">
          <Form.Item label={t('calendar.form.date')} htmlFor={fieldId('date')} {...status('date')}>
            <DatePicker
              id={fieldId('date')}
              data-testid="calendar-form-date"
              style={{ width: '100%' }}
              allowClear
              placeholder={t('calendar.form.noDate')}
              value={dated ? dayjs(itemDate) : null}
              onChange={(d) => changeDate(d ? d.format('YYYY-MM-DD') : '')}
            />
          </Form.Item>
        </Col>
        {/* A pool topic has no push yet: its time and slot come with a date. */}
        {dated && (
          <Col flex="0 0 112px">
            <Form.Item label={t('calendar.drawer.time')} htmlFor={fieldId('time')} {...status('time')}>
              <TimePicker
                id={fieldId('time')}
                data-testid="calendar-form-time"
                style={{ width: '100%' }}
                format={TIME_FORMAT}
                needConfirm={false}
                placeholder={t('calendar.drawer.noTime')}
                value={values.time ? dayjs(values.time, TIME_FORMAT) : null}
                onChange={(d) => {
                  setTimeFollows(false);
                  set('time', d ? d.format(TIME_FORMAT) : '');
                }}
              />
            </Form.Item>
          </Col>
        )}
        {dated && slotted && (
          <Col flex="0 0 112px">
            <Form.Item label={t('calendar.form.slot')} required htmlFor={fieldId('slot')} {...status('slot')}>
              <Select id={fieldId('slot')} data-testid="calendar-form-slot" value={values.slot} onChange={(v: number) => set('slot', v)} options={slots} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {dated && slotted && <PushWarnings warnings={warnings} onUseSlot={(slot) => set('slot', slot)} />}
      <Form.Item label={t('calendar.form.title')} required htmlFor={fieldId('title')} {...status('title')}>
        <Input id={fieldId('title')} data-testid="calendar-form-title" autoFocus={!item} value={values.title} onChange={(e) => set('title', e.target.value)} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('calendar.form.column')} htmlFor={fieldId('column')} {...status('columnId')}>
            <Select
              id={fieldId('column')}
              data-testid="calendar-form-column"
              allowClear
              placeholder={t('calendar.form.noColumn')}
              value={values.columnId ?? undefined}
              onChange={changeColumn}
              options={(columns ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('calendar.form.owner')} htmlFor={fieldId('owner')} {...status('ownerId')}>
            <OwnerSelect id={fieldId('owner')} data-testid="calendar-form-owner" placeholder={t('calendar.form.noOwner')} value={values.ownerId ?? null} onChange={(v) => set('ownerId', v)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('calendar.form.status')} required htmlFor={fieldId('status')} {...status('status')}>
            <Select
              id={fieldId('status')}
              data-testid="calendar-form-status"
              value={values.status}
              onChange={(v: ItemStatus) => set('status', v)}
              options={ItemStatus.options.map((s) => ({ value: s, label: t(`calendar.status.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('calendar.drawer.dueDate')} htmlFor={fieldId('due-date')} {...dueStatus}>
            <DatePicker
              id={fieldId('due-date')}
              data-testid="calendar-form-due-date"
              style={{ width: '100%' }}
              allowClear
              placeholder={t('calendar.drawer.noDueDate')}
              value={values.dueDate ? dayjs(values.dueDate) : null}
              onChange={(d) => set('dueDate', d ? d.format('YYYY-MM-DD') : '')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('calendar.drawer.notes')} htmlFor={fieldId('notes')} {...status('notes')}>
        <Input.TextArea
          id={fieldId('notes')}
          data-testid="calendar-form-notes"
          autoSize={{ minRows: 3, maxRows: 10 }}
          placeholder={t('calendar.drawer.notesPlaceholder')}
          value={values.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
      </Form.Item>
      {item && (
        <Form.Item label={t('articles.fromItem.label')}>
          <WriteArticleButton itemId={item.id} unsaved={form.dirty} />
        </Form.Item>
      )}
      <Form.Item label={t('calendar.form.tags')} htmlFor={fieldId('tags')} {...status('tags')}>
        <Select id={fieldId('tags')} mode="tags" value={values.tags ?? []} onChange={(v: string[]) => set('tags', v)} placeholder={t('calendar.form.tagsPlaceholder')} />
      </Form.Item>
      {item?.date && hasSlots(context, item.accountId) && <PushOrder item={item} onReordered={(slot) => form.acceptSaved({ slot })} />}
    </DrawerForm>
  );
}

export function ItemFormDrawer({ open, ...props }: Props & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={props.onClose} width={520} title={t(props.item ? 'calendar.form.editTitle' : 'calendar.form.createTitle')}>
      <ItemForm key={props.item?.id ?? `new-${props.date}`} {...props} />
    </FormDrawer>
  );
}
