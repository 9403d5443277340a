import { Checkbox, DatePicker, Empty, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadencePreview } from '../../../src-shared/contract/calendar';
import type { Column } from '../../../src-shared/contract/columns';
import { AccountLabel } from '../../components/AccountLabel';
import { useShowError } from '../../lib/use-show-error';
import { describeCadence } from '../columns/cadence-text';
import { CadenceCheck } from './CadenceCheck';
import type { AccountBadge } from './calendar-types';
import { todayIso } from './month';
import { calendarStore } from './store';
import { useItemActions } from './use-item-actions';

interface Props {
  open: boolean;
  /** The range offered first: the period on screen. */
  from: string;
  to: string;
  /** The account filter on screen: only these accounts' columns are offered (empty = all). */
  accountIds: string[];
  columns: Column[];
  accounts: Map<string, AccountBadge>;
  onClose: () => void;
}

/** 按栏目生成: placeholder items from the columns' cadences for a range, previewed first, undoable. */
export function CadenceDialog({ open, ...props }: Props) {
  return open ? <CadenceForm {...props} /> : null;
}

function CadenceForm({ from, to, accountIds, columns, accounts, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const showError = useShowError();
  const actions = useItemActions();
  const regular = columns.filter((c) => c.cadence.kind !== 'irregular' && accounts.has(c.accountId) && (!accountIds.length || accountIds.includes(c.accountId)));
  const [range, setRange] = useState<[string, string]>([from, to]);
  // Every regular column until the operator picks: the columns may still be loading when the dialog opens.
  const [picked, setPicked] = useState<string[] | null>(null);
  const regularIds = regular.map((c) => c.id).join(',');
  const chosen = useMemo(() => picked ?? regularIds.split(',').filter(Boolean), [picked, regularIds]);
  const [preview, setPreview] = useState<CadencePreview | null>(null);
  const [busy, setBusy] = useState(false);
  // Days before today are left out unless the operator asks for them (a month half gone is filled from today on).
  const [today] = useState(todayIso);
  const [includePast, setIncludePast] = useState(false);

  useEffect(() => {
    setPreview(null);
    if (chosen.length === 0) return setPreview({ placeholders: [], skippedPast: 0, problems: [] });
    let current = true;
    void calendarStore()
      .getState()
      .previewCadence({ from: range[0], to: range[1], columnIds: chosen, today, includePast })
      .then((result) => {
        if (!current) return;
        if (result.ok) setPreview(result.data);
        else showError(result.error);
      });
    return () => {
      current = false;
    };
  }, [range, chosen, today, includePast, showError]);

  async function fill() {
    setBusy(true);
    const done = await actions.fill({ from: range[0], to: range[1], columnIds: chosen, today, includePast });
    setBusy(false);
    if (done) onClose();
  }

  const count = preview?.placeholders.length ?? 0;
  return (
    <Modal
      open
      width={560}
      title={t('calendar.cadence.title')}
      onCancel={onClose}
      onOk={() => void fill()}
      okText={t('calendar.cadence.ok', { count })}
      okButtonProps={{ disabled: !count, loading: busy, id: 'cadence-ok' }}
      data-testid="cadence-dialog"
    >
      <Typography.Paragraph type="secondary">{t('calendar.cadence.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <span>{t('calendar.cadence.range')}</span>
        <DatePicker.RangePicker allowClear={false} value={[dayjs(range[0]), dayjs(range[1])]} onChange={(days) => days?.[0] && days[1] && setRange([days[0].format('YYYY-MM-DD'), days[1].format('YYYY-MM-DD')])} />
      </Space>
      {regular.length === 0 ? (
        <Empty description={t('calendar.cadence.noColumns')} />
      ) : (
        <Checkbox.Group value={chosen} onChange={(ids) => setPicked(ids as string[])} style={{ display: 'flex', flexDirection: 'column', flexWrap: 'nowrap', gap: 4, maxHeight: 260, overflowY: 'auto' }}>
          {regular.map((column) => (
            <Checkbox key={column.id} value={column.id} data-testid="cadence-column">
              <CadenceAccount account={accounts.get(column.accountId)} /> · {column.name} <Typography.Text type="secondary">{t('common.inParens', { text: describeCadence(column.cadence, t) })}</Typography.Text>
            </Checkbox>
          ))}
        </Checkbox.Group>
      )}
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} data-testid="cadence-preview">
        {preview === null ? t('calendar.cadence.counting') : t('calendar.cadence.preview', { count })}
      </Typography.Paragraph>
      <CadenceCheck preview={preview} reachesPast={range[0] < today} includePast={includePast} onIncludePast={setIncludePast} accounts={accounts} />
    </Modal>
  );
}

/** A column's account, with its platform: a mall's 服务号 and 视频号 may share a name. */
function CadenceAccount({ account }: { account?: AccountBadge }) {
  return account ? <AccountLabel name={account.name} platform={account.platform} color={account.color} /> : null;
}
