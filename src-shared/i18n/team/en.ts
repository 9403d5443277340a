import type { Messages } from '../messages';
import type { teamZhCN } from './zh-CN';

// The team (团队): members, roles and KPIs.
// English; the type makes a missing or extra key a compile error.

export const teamEn: Messages<typeof teamZhCN> = {
  team: {
    title: 'Team',
    create: 'Add member',
    deleted: 'Removed "{{name}}"',
    deleteConfirm: 'Remove "{{name}}" from the team?',
    searchPlaceholder: 'Search name, duties, KPIs',
    empty: 'No team members yet. Click "Add member" to record who writes, designs and approves — even a one-person team shows the boss the daily work.',
    noMatch: 'No member matches',
    role: { copywriter: 'Copywriter', designer: 'Designer', reviewer: 'Reviewer', approver: 'Approver', support: 'Support', promotion: 'Promotion', data: 'Data' },
    form: {
      createTitle: 'Add member',
      editTitle: 'Edit member',
      name: 'Name',
      roles: 'Roles',
      rolesPlaceholder: 'Pick one or more',
      dailyDuties: 'Daily duties',
      dailyDutiesPlaceholder: 'e.g. answers follower messages daily, writes two posts a week',
      contact: 'Contact',
      kpis: 'KPIs',
    },
    kpi: {
      name: 'KPI, e.g. posts per month',
      target: 'Target',
      unit: 'Unit',
      add: 'Add KPI',
      remove: 'Remove KPI',
      display: '{{name}}: {{target}} {{unit}}',
    },
    // Owner pickers elsewhere (calendar items, columns) add a member inline.
    picker: {
      add: 'Add member "{{name}}"',
      added: 'Added {{name}} to the team (role: copywriter; change it on the Team page)',
      addFailed: 'Could not add the member: ',
      empty: 'No team members yet. Type a name to add one',
    },
  },
};
