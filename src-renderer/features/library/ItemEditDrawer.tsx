import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LibraryItemCategory, LibraryItemPatch, type LibraryItem } from '../../../src-shared/contract/library';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { useZodForm } from '../../lib/use-zod-form';
import { DocPreview } from './DocPreview';
import { libraryItemsStore } from './store';

const ItemFields = z.object({ name: LibraryItemPatch.shape.name.unwrap(), category: LibraryItemCategory });

function ItemForm({ item }: { item: LibraryItem }) {
  const { t } = useTranslation();
  const form = useZodForm(ItemFields, { name: item.name, category: item.category });
  const { values, set, status } = form;
  return (
    <DrawerForm
      form={form}
      testId="library-item-form"
      saveTestId="library-item-save"
      save={({ name, category }) => libraryItemsStore().getState().save({ kind: item.kind, name, category, content: item.content }, item.id)}
    >
      <Form.Item label={t('library.form.name')} required {...status('name')}>
        <Input data-testid="library-item-name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('library.form.category')} {...status('category')}>
        <Select
          data-testid="library-item-category"
          value={values.category}
          onChange={(category) => set('category', category)}
          options={LibraryItemCategory.options.map((c) => ({ value: c, label: t(`library.category.${c}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('library.preview')}>
        <DocPreview doc={item.content} />
      </Form.Item>
    </DrawerForm>
  );
}

/** Renames and recategorises a template or block; its content is edited where it is used (saved again as a block). */
export function ItemEditDrawer({ item, onClose }: { item: LibraryItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={item !== null} onClose={onClose} width={520} title={item ? t('library.form.title', { name: item.name }) : ''}>
      {item && <ItemForm key={item.id} item={item} />}
    </FormDrawer>
  );
}
