import { Button, DatePicker, Form, Input, Popconfirm, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { CalendarItemInput, ItemStatus, MAX_SLOT, type CalendarItem, type CalendarItemData } from '../../../src-shared/contract/calendar';
import type { Member } from '../../../src-shared/contract/team';
import { firstFreeSlot } from '../../../src-shared/domain/calendar/slots';
import { accountOptions } from '../../components/AccountLabel';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { changedFields } from '../../lib/changed-fields';
import { useZodForm } from '../../lib/use-zod-form';
import { columnsStore, useColumns } from '../columns/store';
import { accountColor } from './calendar-colors';
import { slotKey } from './ItemChip';
import { PushOrder } from './PushOrder';
import { calendarStore } from './store';
import { useItemActions } from './use-item-actions';

interface Props {
  /** The item to edit, or null to create one on `date`. */
  item: CalendarItem | null;
  date: string;
  /** The account a new item starts on (the week view's row); else the first account. */
  accountId?: string;
  accounts: Account[];
  members: Member[];
  onClose: () => void;
}

/**
 * The slot a new item of an account takes on a day: the first one its push leaves free (头条 on an
 * empty day, 次条 after a 头条), so one click does not plan a second push by accident.
 */
function freeSlot(accountId: string, date: string): number {
  if (!date) return 1;
  return firstFreeSlot(
    calendarStore()
      .getState()
      .items.filter((i) => i.accountId === accountId && i.date === date && i.status !== 'cancelled')
      .map((i) => i.slot),
  );
}

function initialValues(item: CalendarItem | null, date: string, accountId: string | undefined, accounts: Account[]): CalendarItemInput {
  if (item) {
    const { accountId, date, time, slot, columnId, title, notes, ownerId, dueDate, status, tags } = item;
    return { accountId, date, time, slot, columnId, title, notes, ownerId, dueDate, status, tags };
  }
  const account = accountId ?? accounts[0]?.id ?? '';
  return { accountId: account, date, time: '', slot: freeSlot(account, date), columnId: null, title: '', notes: '', ownerId: null, dueDate: '', status: 'topic', tags: [] };
}

/** The form's starting values as the contract cleans them, to compare the submitted ones with. */
function cleaned(values: CalendarItemInput): Partial<CalendarItemData> {
  const parsed = CalendarItemInput.safeParse(values);
  return parsed.success ? parsed.data : (values as Partial<CalendarItemData>);
}

function ItemForm({ item, date, accountId, accounts, members, onClose }: Props) {
  const { t } = useTranslation();
  const actions = useItemActions();
  // Computed once: the form's baseline is the item as the drawer opened it (a reorder of its push updates the slot).
  const [initial] = useState(() => initialValues(item, date, accountId, accounts));
  const form = useZodForm(CalendarItemInput, initial);
  const { values, set, status } = form;
  const columns = useColumns((s) => s.byAccount[values.accountId]);

  useEffect(() => {
    if (values.accountId) void columnsStore().getState().load(values.accountId);
  }, [values.accountId]);

  function save(input: CalendarItemData) {
    const store = calendarStore().getState();
    return item ? store.update(item.id, changedFields(cleaned(form.baseline), input)) : store.create(input);
  }

  async function remove() {
    if (item && (await actions.remove([item.id], item.title))) onClose();
  }

  const slots = Array.from({ length: MAX_SLOT }, (_, i) => {
    const slot = slotKey(i + 1);
    return { value: i + 1, label: t(slot.key, slot.params) };
  });

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
      <Form.Item label={t('calendar.form.account')} required {...status('accountId')}>
        <Select
          data-testid="calendar-form-account"
          value={values.accountId || undefined}
          // A column belongs to one account: changing the account clears it.
          onChange={(v: string) => form.update({ accountId: v, columnId: null, slot: item ? values.slot : freeSlot(v, values.date ?? '') })}
          options={accountOptions(accounts, t, accountColor)}
        />
      </Form.Item>
      <Space size="middle" style={{ display: 'flex' }} align="start">
        <Form.Item label={t('calendar.form.date')} {...status('date')}>
          <DatePicker data-testid="calendar-form-date" allowClear placeholder={t('calendar.form.noDate')} value={values.date ? dayjs(values.date) : null} onChange={(d) => set('date', d ? d.format('YYYY-MM-DD') : '')} />
        </Form.Item>
        <Form.Item label={t('calendar.form.slot')} required {...status('slot')}>
          <Select data-testid="calendar-form-slot" style={{ width: 110 }} value={values.slot} onChange={(v: number) => set('slot', v)} options={slots} />
        </Form.Item>
      </Space>
      <Form.Item label={t('calendar.form.title')} required {...status('title')}>
        <Input data-testid="calendar-form-title" autoFocus={!item} value={values.title} onChange={(e) => set('title', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('calendar.form.column')} {...status('columnId')}>
        <Select
          allowClear
          placeholder={t('calendar.form.noColumn')}
          value={values.columnId ?? undefined}
          onChange={(v?: string) => set('columnId', v ?? null)}
          options={(columns ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item label={t('calendar.form.status')} required {...status('status')}>
        <Select data-testid="calendar-form-status" value={values.status} onChange={(v: ItemStatus) => set('status', v)} options={ItemStatus.options.map((s) => ({ value: s, label: t(`calendar.status.${s}`) }))} />
      </Form.Item>
      <Form.Item label={t('calendar.form.owner')} {...status('ownerId')}>
        <Select
          allowClear
          placeholder={t('calendar.form.noOwner')}
          value={values.ownerId ?? undefined}
          onChange={(v?: string) => set('ownerId', v ?? null)}
          options={members.map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      <Form.Item label={t('calendar.form.tags')} {...status('tags')}>
        <Select mode="tags" value={values.tags ?? []} onChange={(v: string[]) => set('tags', v)} placeholder={t('calendar.form.tagsPlaceholder')} />
      </Form.Item>
      {item?.date && <PushOrder item={item} onReordered={(slot) => form.acceptSaved({ slot })} />}
    </DrawerForm>
  );
}

export function ItemFormDrawer({ open, ...props }: Props & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={props.onClose} width={480} title={t(props.item ? 'calendar.form.editTitle' : 'calendar.form.createTitle')}>
      <ItemForm key={props.item?.id ?? `new-${props.date}`} {...props} />
    </FormDrawer>
  );
}
