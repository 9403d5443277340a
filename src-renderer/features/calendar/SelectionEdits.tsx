import { DownOutlined, FlagOutlined, TagOutlined, UserOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Divider, Dropdown, Popover, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemStatus, MAX_TAGS } from '../../../src-shared/contract/calendar';
import { useTeam } from '../team/store';
import { useCalendar } from './store';
import { useItemActions } from './use-item-actions';

/**
 * A status, an owner or a tag for every selected item, each one step of the history. The
 * selection stays: one may set a status, then an owner.
 */
export function SelectionEdits({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const actions = useItemActions();
  const members = useTeam((s) => s.rows);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: ItemStatus.options.map((status) => ({ key: status, label: <span data-testid={`selection-status-${status}`}>{t(`calendar.status.${status}`)}</span> })),
          onClick: ({ key }) => void actions.setStatus(ids, key as ItemStatus),
        }}
      >
        <Button size="small" icon={<FlagOutlined />} data-testid="selection-status">
          {t('calendar.bulk.status')} <DownOutlined />
        </Button>
      </Dropdown>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...members.map((m) => ({ key: m.id, label: <span data-testid="selection-owner-option">{m.name}</span> })),
            ...(members.length ? [{ type: 'divider' as const }] : []),
            { key: '', label: <span data-testid="selection-owner-option">{t('calendar.form.noOwner')}</span> },
          ],
          onClick: ({ key }) => void actions.setOwner(ids, key || null, members.find((m) => m.id === key)?.name ?? t('calendar.form.noOwner')),
        }}
      >
        <Button size="small" icon={<UserOutlined />} data-testid="selection-owner">
          {t('calendar.bulk.owner')} <DownOutlined />
        </Button>
      </Dropdown>
      <TagEdit ids={ids} />
    </>
  );
}

/** 标签: add one tag to every selected item, or take away a tag some of them have. */
function TagEdit({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const actions = useItemActions();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const items = useCalendar((s) => s.items);
  const pool = useCalendar((s) => s.pool);
  const [known, onSelection] = useMemo(() => {
    const chosen = new Set(ids);
    const all = [...items, ...pool];
    const tags = (list: typeof all) => [...new Set(list.flatMap((item) => item.tags))].sort();
    return [tags(all), tags(all.filter((item) => chosen.has(item.id)))];
  }, [ids, items, pool]);

  const tag = text.trim();
  const add = () => {
    if (!tag) return;
    setOpen(false);
    setText('');
    void actions.tag(ids, tag, true);
  };
  const content = (
    <div style={{ width: 260 }} data-testid="selection-tag-panel">
      <Space.Compact style={{ width: '100%' }}>
        <AutoComplete
          style={{ flex: 1 }}
          value={text}
          onChange={setText}
          options={known.filter((k) => k.includes(tag)).map((k) => ({ value: k }))}
          placeholder={t('calendar.bulk.tagPlaceholder')}
          maxLength={20}
          data-testid="selection-tag-input"
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <Button type="primary" disabled={!tag} onClick={add} autoInsertSpace={false} data-testid="selection-tag-add">
          {t('calendar.bulk.tagAdd')}
        </Button>
      </Space.Compact>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('calendar.bulk.tagLimit', { max: MAX_TAGS })}
      </Typography.Text>
      {onSelection.length > 0 && (
        <>
          <Divider style={{ margin: '8px 0' }} />
          <Typography.Text type="secondary">{t('calendar.bulk.tagRemove')}</Typography.Text>
          <div style={{ marginTop: 4, display: 'flex', flexWrap: 'wrap', rowGap: 4 }}>
            {onSelection.map((name) => (
              <Tag
                key={name}
                closable
                data-testid="selection-tag-remove"
                onClose={(e) => {
                  e.preventDefault();
                  setOpen(false);
                  void actions.tag(ids, name, false);
                }}
              >
                {name}
              </Tag>
            ))}
          </div>
        </>
      )}
    </div>
  );
  return (
    <Popover trigger="click" open={open} onOpenChange={setOpen} content={content} placement="bottom">
      <Button size="small" icon={<TagOutlined />} data-testid="selection-tag">
        {t('calendar.bulk.tag')} <DownOutlined />
      </Button>
    </Popover>
  );
}
