import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Input, Popover, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedMapping } from '../../../src-shared/contract/imports';
import type { ImportFieldDef } from './types';

interface Props {
  testId: string;
  fields: readonly ImportFieldDef[];
  header: string[];
  mapping: Record<string, number | null>;
  unmapped: readonly string[];
  disabled: boolean;
  onChange: (field: string, column: number | null) => void;
  /** The saved mapping the back end applied, if any. */
  applied: { id: string; name: string } | null;
  saved?: readonly SavedMapping[];
  onApply?: (mapping: SavedMapping) => void;
  onSave?: (name: string) => Promise<boolean>;
  onDelete?: (mapping: { id: string; name: string }) => void;
}

const NOT_IMPORTED = -1;

/** One select per field (which column of the file it is read from), and the saved mappings. */
export function MappingStep({ testId, fields, header, mapping, unmapped, disabled, onChange, applied, saved = [], onApply, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const options = [{ value: NOT_IMPORTED, label: t('imports.notImported') }, ...header.map((cell, i) => ({ value: i, label: t('imports.columnOption', { n: i + 1, name: cell || '—' }) }))];
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? key;

  async function save() {
    setSaving(true);
    const ok = (await onSave?.(name.trim())) ?? false;
    setSaving(false);
    if (ok) setOpen(false);
  }

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap size={8}>
        <Typography.Text type="secondary">{t('imports.mapping')}</Typography.Text>
        {applied && (
          <Tag color="blue" data-testid={`${testId}-saved-applied`}>
            {t('imports.savedApplied', { name: applied.name })}
            {onDelete && <Button size="small" type="link" icon={<DeleteOutlined />} aria-label={t('imports.deleteMapping')} data-testid={`${testId}-saved-delete`} onClick={() => onDelete(applied)} />}
          </Tag>
        )}
        {onApply && saved.length > 0 && (
          <Select
            size="small"
            style={{ minWidth: 180 }}
            placeholder={t('imports.applySaved')}
            value={null}
            data-testid={`${testId}-saved-apply`}
            options={saved.map((m) => ({ value: m.id, label: m.name }))}
            onChange={(id: string) => {
              const picked = saved.find((m) => m.id === id);
              if (picked) onApply(picked);
            }}
          />
        )}
        {onSave && (
          <Popover
            open={open}
            onOpenChange={setOpen}
            trigger="click"
            content={
              <Space.Compact>
                <Input
                  autoFocus
                  maxLength={40}
                  value={name}
                  placeholder={t('imports.mappingNamePlaceholder')}
                  aria-label={t('imports.mappingName')}
                  data-testid={`${testId}-mapping-name`}
                  onChange={(e) => setName(e.target.value)}
                  onPressEnter={() => void save()}
                />
                <Button type="primary" loading={saving} disabled={!name.trim()} data-testid={`${testId}-mapping-save-confirm`} onClick={() => void save()}>
                  {t('common.save')}
                </Button>
              </Space.Compact>
            }
          >
            <Button size="small" icon={<SaveOutlined />} disabled={disabled} data-testid={`${testId}-mapping-save`}>
              {t('imports.saveMapping')}
            </Button>
          </Popover>
        )}
      </Space>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: '8px 12px' }}>
        {fields.map((field) => (
          <label key={field.key} style={{ display: 'flex', flexDirection: 'column', gap: 2, fontSize: 12 }}>
            <span>
              {field.label}
              {field.required && <Typography.Text type={unmapped.includes(field.key) ? 'danger' : 'secondary'}>{` (${t('imports.required')})`}</Typography.Text>}
            </span>
            <Select
              size="small"
              data-testid={`${testId}-map-${field.key}`}
              disabled={disabled}
              status={unmapped.includes(field.key) ? 'error' : undefined}
              value={mapping[field.key] ?? NOT_IMPORTED}
              options={options}
              popupMatchSelectWidth={false}
              onChange={(column: number) => onChange(field.key, column === NOT_IMPORTED ? null : column)}
            />
          </label>
        ))}
      </div>
      {unmapped.length > 0 && (
        <Typography.Text type="danger" data-testid={`${testId}-unmapped`}>
          {t('imports.unmapped', { fields: unmapped.map(labelOf).join(t('imports.fieldSeparator')) })}
        </Typography.Text>
      )}
    </Space>
  );
}
