import type { Messages } from '../messages';
import type { workspaceZhCN } from './zh-CN';

// The workspace profile and the first-launch screen.
// English; the type makes a missing or extra key a compile error.

export const workspaceEn: Messages<typeof workspaceZhCN> = {
  firstLaunch: {
    title: 'Welcome to OpsBench',
    subtitle: "Set up your subsidiary's workspace, or load a demo workspace to look around; with an enrolment code from HQ, join HQ.",
    empty: { title: 'Start empty', submit: 'Create workspace' },
    demo: {
      title: 'Load the demo workspace',
      description: 'Demo data of 华东分公司: official accounts, columns, custom menus and team members. You can change them in Settings any time.',
      submit: 'Load demo workspace',
      loading: 'Generating the demo data…',
    },
    demoFailed: 'Could not load the demo workspace:',
    join: {
      title: 'Join HQ',
      description: 'You have an enrolment code from HQ: receive your subsidiary’s data from HQ. Next, enter HQ’s address and the code.',
      submit: 'Join HQ',
      name: 'Waiting for HQ data',
      shortName: 'HQ',
    },
  },
  workspace: {
    form: {
      name: 'Subsidiary name',
      namePlaceholder: 'e.g. 华东分公司',
      shortName: 'Short company name',
      shortNameHint: 'Used by the marketing plan ("what the account brings to <short name>")',
      brand: 'Brand',
      industry: 'Industry',
      namingTemplate: 'Account naming template',
      namingTemplateHint: 'Placeholders: {品牌} brand, {城市} city, {业态} business line, {简称} short name; account names are checked against it',
    },
    preview: {
      label: 'Example: ',
      sampleCity: 'Shanghai',
      sampleBusiness: 'Hotel',
      missing: 'missing {{names}}',
      unknown: 'Unknown placeholders in the template: {{names}}',
    },
  },
};
