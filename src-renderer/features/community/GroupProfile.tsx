import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupProfileInput, type CommunityGroup } from '../../../src-shared/contract/community';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { useZodForm } from '../../lib/use-zod-form';
import { OwnerSelect } from '../team/OwnerSelect';
import { useTeam } from '../team/store';
import { communityStore } from './store';

/** A group's positioning, owner and admins, with the drawer that edits them. */
export function GroupProfile({ group }: { group: CommunityGroup }) {
  const { t } = useTranslation();
  const members = useTeam((s) => s.rows);
  const [editing, setEditing] = useState(false);
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? t('common.none');
  return (
    <Card
      size="small"
      title={t('community.profile.title')}
      data-testid="group-profile"
      extra={
        <Button size="small" icon={<EditOutlined />} data-testid="group-profile-edit" onClick={() => setEditing(true)}>
          {t('community.profile.edit')}
        </Button>
      }
    >
      <Descriptions size="small" column={2} styles={{ label: { width: 72 } }}>
        <Descriptions.Item label={t('community.profile.positioning')} span={2}>
          {group.positioning ? (
            <Typography.Text data-testid="group-positioning" style={{ whiteSpace: 'pre-wrap' }}>
              {group.positioning}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('community.profile.noPositioning')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('community.profile.owner')}>
          <span data-testid="group-owner">{group.ownerId ? nameOf(group.ownerId) : t('common.none')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('community.profile.admins')}>
          <Space size={[0, 4]} wrap data-testid="group-admins">
            {group.adminIds.length === 0 ? t('common.none') : group.adminIds.map((id) => <Tag key={id}>{nameOf(id)}</Tag>)}
          </Space>
        </Descriptions.Item>
        {group.notes && (
          <Descriptions.Item label={t('community.profile.notes')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{group.notes}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <FormDrawer open={editing} onClose={() => setEditing(false)} width={520} title={`${t('community.profile.edit')} · ${group.name}`}>
        <ProfileForm key={group.id} group={group} />
      </FormDrawer>
    </Card>
  );
}

const fieldId = (name: string) => `group-${name}`;

function ProfileForm({ group }: { group: CommunityGroup }) {
  const { t } = useTranslation();
  const members = useTeam((s) => s.rows);
  const form = useZodForm(GroupProfileInput, { positioning: group.positioning, ownerId: group.ownerId, adminIds: group.adminIds, notes: group.notes });
  const { values, set, status } = form;
  return (
    <DrawerForm form={form} testId="group-form" saveTestId="group-save" save={(patch) => communityStore().getState().saveProfile(group.id, patch)}>
      <Form.Item label={t('community.profile.positioning')} htmlFor={fieldId('positioning')} {...status('positioning')}>
        <Input.TextArea
          id={fieldId('positioning')}
          data-testid="group-form-positioning"
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={t('community.profile.positioningPlaceholder')}
          value={values.positioning}
          onChange={(e) => set('positioning', e.target.value)}
          autoFocus
        />
      </Form.Item>
      <Form.Item label={t('community.profile.owner')} htmlFor={fieldId('owner')} {...status('ownerId')}>
        <OwnerSelect id={fieldId('owner')} data-testid="group-form-owner" placeholder={t('community.profile.ownerPlaceholder')} value={values.ownerId ?? null} onChange={(id) => set('ownerId', id)} />
      </Form.Item>
      <Form.Item label={t('community.profile.admins')} htmlFor={fieldId('admins')} {...status('adminIds')}>
        <Select
          id={fieldId('admins')}
          data-testid="group-form-admins"
          mode="multiple"
          placeholder={t('community.profile.adminsPlaceholder')}
          value={values.adminIds}
          onChange={(ids: string[]) => set('adminIds', ids)}
          options={members.map((m) => ({ value: m.id, label: m.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item label={t('community.profile.notes')} htmlFor={fieldId('notes')} {...status('notes')}>
        <Input.TextArea id={fieldId('notes')} autoSize={{ minRows: 2, maxRows: 6 }} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </Form.Item>
    </DrawerForm>
  );
}
