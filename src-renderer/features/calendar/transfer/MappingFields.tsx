import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportField, type FullMapping } from '../../../../src-shared/contract/calendar-transfer';

interface Props {
  header: string[];
  mapping: FullMapping;
  disabled: boolean;
  onChange: (field: ImportField, column: number | null) => void;
}

const NOT_IMPORTED = -1;

/** One select per calendar field: which column of the file it is read from. */
export function MappingFields({ header, mapping, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const options = [{ value: NOT_IMPORTED, label: t('calendarTransfer.notImported') }, ...header.map((name, i) => ({ value: i, label: t('calendarTransfer.columnOption', { n: i + 1, name: name || '—' }) }))];
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: '8px 12px' }}>
      {ImportField.options.map((field) => (
        <label key={field} style={{ display: 'flex', flexDirection: 'column', gap: 2, fontSize: 12 }}>
          {t(`calendarTransfer.fields.${field}`)}
          <Select
            size="small"
            data-testid={`calendar-import-map-${field}`}
            disabled={disabled}
            value={mapping[field] ?? NOT_IMPORTED}
            options={options}
            popupMatchSelectWidth={false}
            onChange={(column: number) => onChange(field, column === NOT_IMPORTED ? null : column)}
          />
        </label>
      ))}
    </div>
  );
}
