import { activitiesContract } from './activities';
import { costsContract } from './costs';
import { worklogContract } from './worklog';
import { concernsContract } from './concerns';
import { communityContract } from './community';
import { overviewContract } from './overview';
import { plansContract } from './plans';
import { accountsContract } from './accounts';
import { articleReviewContract } from './article-review';
import { articlesContract } from './articles';
import { backupsContract } from './backups';
import { benchmarksContract } from './benchmarks';
import { calendarContract } from './calendar';
import { calendarLayersContract } from './calendar-layers';
import { calendarTransferContract } from './calendar-transfer';
import { columnsContract } from './columns';
import type { DomainClient, DomainHandlers } from './define';
import { holidaysContract } from './holidays';
import { importsContract } from './imports';
import { libraryContract } from './library';
import { lintWordsContract } from './lint-words';
import { menusContract } from './menus';
import { remindersContract } from './reminders';
import { settingsContract } from './settings';
import { syncContract } from './sync';
import { teamContract } from './team';
import { workspaceContract } from './workspace';

/** Every domain of the API. Transports, the preload and `GET /api` are built from this list. */
export const contract = {
  workspace: workspaceContract,
  accounts: accountsContract,
  columns: columnsContract,
  menus: menusContract,
  team: teamContract,
  backups: backupsContract,
  settings: settingsContract,
  calendarLayers: calendarLayersContract,
  calendar: calendarContract,
  calendarTransfer: calendarTransferContract,
  holidays: holidaysContract,
  reminders: remindersContract,
  articles: articlesContract,
  articleReview: articleReviewContract,
  lintWords: lintWordsContract,
  library: libraryContract,
  imports: importsContract,
  benchmarks: benchmarksContract,
  activities: activitiesContract,
  costs: costsContract,
  worklog: worklogContract,
  concerns: concernsContract,
  community: communityContract,
  overview: overviewContract,
  plans: plansContract,
  sync: syncContract,
} as const;

export type Contract = typeof contract;
export type DomainName = keyof Contract;

export type Handlers = { [D in DomainName]: DomainHandlers<Contract[D]> };
export type ApiClient = { [D in DomainName]: DomainClient<Contract[D]> };

/** All methods as [domain, method] pairs. */
export function listMethods(): Array<[DomainName, string]> {
  return (Object.keys(contract) as DomainName[]).flatMap((d) => Object.keys(contract[d].methods).map((m) => [d, m] as [DomainName, string]));
}

export { channelOf, changedEventOf, EVENTS_CHANNEL } from './define';
