import { Button, DatePicker, Input, Select, Typography, type InputRef } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_CATEGORIES, type WorkCategory } from '../../../src-shared/contract/worklog';
import { parseDuration } from '../../../src-shared/domain/worklog/duration';
import { useShowError } from '../../lib/use-show-error';
import { useKeyboard } from '../articles/keyboard/store';
import { useTeam } from '../team/store';
import { useDurationText } from './duration-text';
import { LinkSelect, type LinkValue } from './LinkSelect';
import { worklogStore } from './store';
import './worklog.css';

// The keyboard-first quick entry: date (today), person (who is at the keyboard), category, time
// (90, 1.5h, 1h30m …), note, linked item. Enter in the time or the note saves; the date, person
// and category stay, the rest clears and the cursor goes back to the time for the next entry.

interface Props {
  today: string;
  /** After a save: the page shows the week of the entry. */
  onSaved(date: string): void;
}

export function QuickEntry({ today, onSaved }: Props) {
  const { t } = useTranslation();
  const showError = useShowError();
  const durationText = useDurationText();
  const members = useTeam((s) => s.rows);
  const keyboardMember = useKeyboard((s) => s.memberId);
  const [date, setDate] = useState(today);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [category, setCategory] = useState<WorkCategory>('writing');
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const [link, setLink] = useState<LinkValue | null>(null);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const minutesInput = useRef<InputRef>(null);

  // The person defaults to the one at the keyboard, else the first member, once they are known.
  const person = memberId && members.some((m) => m.id === memberId) ? memberId : ((keyboardMember && members.some((m) => m.id === keyboardMember) ? keyboardMember : members[0]?.id) ?? null);
  const minutes = parseDuration(duration);
  const durationIssue = duration.trim() && minutes === undefined ? t('worklog.duration.bad', { value: duration.trim() }) : tried && !duration.trim() ? t('validation.required') : null;

  useEffect(() => minutesInput.current?.focus(), []);

  async function save() {
    setTried(true);
    if (!person || minutes === undefined || saving) return minutesInput.current?.focus();
    setSaving(true);
    const result = await worklogStore()
      .getState()
      .save({ date, memberId: person, category, minutes, note, link: link ? { kind: link.kind, id: link.id } : null });
    setSaving(false);
    if (!result.ok) return showError(result.error);
    setSaved(t('worklog.entry.saved', { text: `${members.find((m) => m.id === person)?.name ?? ''} · ${t(`worklog.categories.${category}`)} · ${durationText(minutes)}` }));
    setDuration('');
    setNote('');
    setLink(null);
    setTried(false);
    onSaved(date);
    minutesInput.current?.focus();
  }

  const onEnter = (event: React.KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return; // Enter that confirms a Chinese IME candidate is not a save
    event.preventDefault();
    void save();
  };

  if (members.length === 0) return <Typography.Text type="secondary">{t('worklog.entry.noMember')}</Typography.Text>;

  return (
    <div className="worklog-entry" data-testid="worklog-entry">
      <div className="worklog-entry__row">
        <DatePicker
          data-testid="worklog-entry-date"
          aria-label={t('worklog.fields.date')}
          allowClear={false}
          value={dayjs(date)}
          onChange={(value) => value && setDate(value.format('YYYY-MM-DD'))}
          style={{ width: 130 }}
        />
        <Select
          data-testid="worklog-entry-member"
          aria-label={t('worklog.fields.member')}
          showSearch
          optionFilterProp="label"
          placeholder={t('worklog.entry.memberPlaceholder')}
          value={person ?? undefined}
          onChange={setMemberId}
          options={members.map((m) => ({ value: m.id, label: m.name }))}
          style={{ width: 110 }}
        />
        <Select
          data-testid="worklog-entry-category"
          aria-label={t('worklog.fields.category')}
          showSearch
          optionFilterProp="label"
          value={category}
          onChange={setCategory}
          options={WORK_CATEGORIES.map((c) => ({ value: c, label: t(`worklog.categories.${c}`) }))}
          style={{ width: 110 }}
        />
        <Input
          ref={minutesInput}
          data-testid="worklog-entry-minutes"
          aria-label={t('worklog.fields.duration')}
          placeholder={t('worklog.entry.minutesPlaceholder')}
          status={durationIssue ? 'error' : undefined}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onEnter(e)}
          style={{ width: 150 }}
        />
        <Input
          data-testid="worklog-entry-note"
          aria-label={t('worklog.fields.note')}
          placeholder={t('worklog.entry.notePlaceholder')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onEnter(e)}
          className="worklog-entry__note"
        />
        <div className="worklog-entry__link">
          <LinkSelect data-testid="worklog-entry-link" value={link} onChange={setLink} onEnter={onEnter} />
        </div>
        <Button type="primary" data-testid="worklog-entry-save" loading={saving} onClick={() => void save()}>
          {t('worklog.entry.save')}
        </Button>
      </div>
      <div className="worklog-entry__hint" aria-live="polite">
        {durationIssue ? (
          <Typography.Text type="danger" data-testid="worklog-entry-error">
            {durationIssue}
          </Typography.Text>
        ) : minutes !== undefined ? (
          <Typography.Text type="secondary">{t('worklog.duration.preview', { text: durationText(minutes) })}</Typography.Text>
        ) : saved ? (
          <Typography.Text type="success" data-testid="worklog-entry-saved">
            {saved}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('worklog.entry.hint')}</Typography.Text>
        )}
      </div>
    </div>
  );
}
