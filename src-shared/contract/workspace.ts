import { z } from 'zod';
import { defineDomain, method } from './define';
import { Ok, optionalText, requiredText } from './common';
import { unknownPlaceholders } from '../domain/accounts/naming';
import { isIsoDate } from '../domain/dates';
import { Account } from './accounts';
import { Reminders } from './reminders';
import { Settings } from './settings';
import { Member } from './team';

/** The subsidiary this workspace belongs to (分公司/事业部). */
export const Workspace = z.object({
  /** 分公司全称, e.g. 华东分公司. */
  name: z.string(),
  /** 企业简称, used by the plan export ("公众号能为〈企业简称〉带来的价值"). */
  shortName: z.string(),
  brand: z.string(),
  industry: z.string(),
  /** Account naming template, e.g. `{品牌}·{城市}{业态}`. */
  namingTemplate: z.string(),
  updatedAt: z.string(),
});
export type Workspace = z.infer<typeof Workspace>;

export const WorkspaceInput = z.object({
  name: requiredText(40),
  shortName: requiredText(12),
  brand: optionalText(30),
  industry: optionalText(30),
  namingTemplate: optionalText(60).refine((v) => !v || unknownPlaceholders(v).length === 0, 'validation.unknownPlaceholder'),
});
export type WorkspaceInput = z.infer<typeof WorkspaceInput>;

export const WorkspaceStatus = z.object({
  initialized: z.boolean(),
  dataDir: z.string(),
  workspace: Workspace.nullable(),
  /** Whether the workspace has a live account: the app then opens on the calendar, else on 账号. */
  hasAccounts: z.boolean(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

/** What the first screen shows (the shell, the accounts list and its owners, whether reminders run), read in one call. */
export const FirstScreen = z.object({
  status: WorkspaceStatus,
  settings: Settings,
  accounts: z.array(Account),
  team: z.array(Member),
  reminders: Reminders,
});
export type FirstScreen = z.infer<typeof FirstScreen>;

export const workspaceContract = defineDomain('workspace', {
  status: method('Whether the workspace is set up, where its data lives, its profile, and whether it has an account yet.', z.object({}), WorkspaceStatus),
  firstScreen: method('Everything the first screen shows in one call: the status, the device settings, the accounts, the team and the reminder settings.', z.object({}), FirstScreen),
  update: method('Creates or updates the workspace profile (name, short name, brand, industry, naming template).', WorkspaceInput, Workspace),
  startEmpty: method('First launch: creates an empty workspace with the given profile.', WorkspaceInput, Workspace),
  loadDemo: method(
    "Fills the workspace with the deterministic demo (华东分公司), its calendar around `today` (the caller's 'YYYY-MM-DD', else the back end's); over existing data only with `replace` (after a backup, the old rows are deleted).",
    z.object({ replace: z.boolean().optional(), today: z.string().refine(isIsoDate, 'validation.invalid').optional() }),
    Ok,
  ),
});
