import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkCandidate, LinkKind } from '../../../src-shared/contract/worklog';
import { worklogStore } from './store';

export interface LinkValue {
  kind: LinkKind;
  id: string;
  title: string;
}

interface Props {
  value: LinkValue | null;
  onChange(link: LinkValue | null): void;
  /** Enter on the closed field (the quick entry saves with it). */
  onEnter?(event: React.KeyboardEvent): void;
  id?: string;
  'data-testid'?: string;
}

const keyOf = (link: { kind: string; id: string }) => `${link.kind}:${link.id}`;

/** Finds a calendar item, article, activity or concern by a piece of its title (typed), or none. */
export function LinkSelect({ value, onChange, onEnter, id, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const [found, setFound] = useState<LinkCandidate[]>([]);
  const asked = useRef(0);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const candidates = value && !found.some((f) => keyOf(f) === keyOf(value)) ? [{ ...value, date: '' }, ...found] : found;

  async function search(query: string) {
    const mine = ++asked.current;
    const result = query.trim()
      ? await worklogStore()
          .getState()
          .searchLinks(query)
          .catch(() => [])
      : [];
    if (mine === asked.current) setFound(result);
  }

  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch
      // No clear button: Tab after a pick must reach 记录, not a hidden ×. Backspace on the empty search clears instead.
      filterOption={false}
      open={open}
      onOpenChange={setOpen}
      searchValue={query}
      onInputKeyDown={(event) => {
        if (event.key === 'Enter' && !open && onEnter) onEnter(event);
        else if ((event.key === 'Backspace' || event.key === 'Delete') && query === '' && value) onChange(null);
      }}
      style={{ width: '100%' }}
      placeholder={t('worklog.entry.linkPlaceholder')}
      value={value ? keyOf(value) : undefined}
      onSearch={(text) => {
        setQuery(text);
        void search(text);
      }}
      onChange={(key?: string) => {
        const picked = candidates.find((c) => keyOf(c) === key);
        onChange(picked ? { kind: picked.kind, id: picked.id, title: picked.title } : null);
        setQuery('');
      }}
      notFoundContent={null}
      options={candidates.map((c) => ({ value: keyOf(c), label: `${t(`worklog.linkKinds.${c.kind}`)} · ${c.title}${c.date ? `（${c.date}）` : ''}` }))}
    />
  );
}
