import { PlusOutlined } from '@ant-design/icons';
import { App, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../lib/use-show-error';
import { teamStore, useTeam } from './store';

/** The option that stands for "add the typed name as a new member": no member id looks like it. */
const ADD = 'opsbench:add-member';

interface Props {
  /** The input's id, for the label's `htmlFor`. */
  id?: string;
  value: string | null;
  onChange: (ownerId: string | null) => void;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * Picks a team member as an owner, and adds one on the spot: typing a name nobody has offers
 * 「添加成员 "…"」, which creates the member (as 文案: roles are edited on the team page) and picks
 * them, so a fresh workspace can plan before its team page is filled in.
 */
export function OwnerSelect({ id, value, onChange, placeholder, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const members = useTeam((s) => s.rows);
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const typed = search.trim();
  const exists = members.some((m) => m.name === typed);
  const options = [...members.map((m) => ({ value: m.id, label: m.name })), ...(typed && !exists ? [{ value: ADD, label: t('team.picker.add', { name: typed }) }] : [])];

  async function add(name: string) {
    setAdding(true);
    const result = await teamStore()
      .getState()
      .save({ name, roles: ['copywriter'] });
    setAdding(false);
    if (!result.ok) return showError(result.error, t('team.picker.addFailed'));
    void message.success(t('team.picker.added', { name: result.data.name }));
    onChange(result.data.id);
  }

  return (
    <Select
      id={id}
      data-testid={testId}
      allowClear
      loading={adding}
      placeholder={placeholder}
      value={value ?? undefined}
      options={options}
      optionRender={(option) =>
        option.value === ADD ? (
          <span>
            <PlusOutlined style={{ marginRight: 6 }} />
            {option.label}
          </span>
        ) : (
          option.label
        )
      }
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        // The add option stays whatever is typed; members match by name.
        filterOption: (input, option) => option?.value === ADD || String(option?.label ?? '').includes(input.trim()),
      }}
      notFoundContent={<span data-testid="owner-empty">{t('team.picker.empty')}</span>}
      onChange={(next?: string) => {
        setSearch('');
        if (next === ADD) void add(typed);
        else onChange(next ?? null);
      }}
    />
  );
}
