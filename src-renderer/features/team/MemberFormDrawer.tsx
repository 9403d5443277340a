import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MemberInput, ROLES, type Member } from '../../../src-shared/contract/team';
import { DrawerForm, FormDrawer } from '../../components/FormDrawer';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyField } from '../../lib/money-field';
import { useZodForm } from '../../lib/use-zod-form';
import { KpiEditor } from './KpiEditor';
import { teamStore } from './store';

function initialOf(member: Member | null): MemberInput {
  if (!member) return { name: '', roles: [], dailyDuties: '', contact: '', hourlyCostFen: 0, kpis: [] };
  return { name: member.name, roles: member.roles, dailyDuties: member.dailyDuties, contact: member.contact, hourlyCostFen: member.hourlyCostFen, kpis: member.kpis };
}

function MemberForm({ member }: { member: Member | null }) {
  const { t } = useTranslation();
  const form = useZodForm(MemberInput, initialOf(member));
  const { values, set, status } = form;
  const hourlyCost = useMoneyField(status, 'hourlyCostFen');

  return (
    <DrawerForm form={form} testId="member-form" saveTestId="member-save" save={(input) => teamStore().getState().save(input, member?.id)}>
      <Form.Item label={t('team.form.name')} required {...status('name')}>
        <Input data-testid="member-form-name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('team.form.roles')} required {...status('roles')}>
        <Select
          data-testid="member-form-roles"
          mode="multiple"
          placeholder={t('team.form.rolesPlaceholder')}
          value={values.roles}
          onChange={(roles) => set('roles', roles)}
          options={ROLES.map((r) => ({ value: r, label: t(`team.role.${r}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('team.form.dailyDuties')} {...status('dailyDuties')}>
        <Input.TextArea rows={3} placeholder={t('team.form.dailyDutiesPlaceholder')} value={values.dailyDuties} onChange={(e) => set('dailyDuties', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('team.form.contact')} {...status('contact')}>
        <Input value={values.contact} onChange={(e) => set('contact', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('worklog.member.hourlyCost')} extra={t('worklog.member.hourlyCostHint')} {...hourlyCost.status}>
        <MoneyInput
          data-testid="member-form-hourly-cost"
          optional
          value={values.hourlyCostFen || null}
          placeholder={t('worklog.member.hourlyCostEmpty')}
          onChange={(fen) => set('hourlyCostFen', fen ?? 0)}
          onIssue={hourlyCost.onIssue}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item label={t('team.form.kpis')} {...status('kpis')}>
        <KpiEditor value={values.kpis ?? []} onChange={(kpis) => set('kpis', kpis)} status={status} />
      </Form.Item>
    </DrawerForm>
  );
}

export function MemberFormDrawer({ open, member, onClose }: { open: boolean; member: Member | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} onClose={onClose} width={680} title={t(member ? 'team.form.editTitle' : 'team.form.createTitle')}>
      <MemberForm key={member?.id ?? 'new'} member={member} />
    </FormDrawer>
  );
}
