import { createActivitiesService } from './activities/activities-service';
import { createCostsService } from './costs/costs-service';
import { createWorklogService } from './worklog/worklog-service';
import { createConcernsService } from './concerns/concerns-service';
import { createCommunityService } from './community/community-service';
import { createOverviewService } from './overview/overview-service';
import { createPlansService } from './plans/plans-service';
import type { Handlers } from '../../src-shared/contract';
import { createAccountsService } from './accounts/accounts-service';
import { createArticleReviewService } from './article-review/review-service';
import { createArticlesService } from './articles/articles-service';
import { createBackupsService } from './backups/backups-service';
import { createBenchmarksService } from './benchmarks/benchmarks-service';
import { createCalendarService } from './calendar/calendar-service';
import { createCalendarLayersService } from './calendar/layers';
import { createCalendarTransferService } from './calendar/transfer/transfer-service';
import { createColumnsService } from './columns/columns-service';
import type { ServiceContext } from './context';
import { createHolidaysService } from './holidays/holidays-service';
import { createImportsService } from './imports/imports-service';
import { createLibraryService } from './library/library-service';
import { createLintWordsService } from './lint-words/lint-words-service';
import { createMenusService } from './menus/menus-service';
import { createRemindersService, type RemindersService } from './reminders/reminders-service';
import { createSettingsService } from './settings/settings-service';
import { createSyncService, type SyncService } from './sync/sync-service';
import { createTeamService } from './team/team-service';
import { readFirstScreen } from './workspace/first-screen';
import { createWorkspaceService } from './workspace/workspace-service';

/** What the handlers need from the workspace session beyond the database. */
export interface SessionActions {
  restoreBackup(name: string): void;
  /** Fills the workspace with the small demo around `today` (default: the back end's); over data only when `replace` (after a backup). */
  loadDemo(replace: boolean, today?: string): void;
}

/** Services the session made itself, because it also drives them (the daily digest's schedule). */
export interface SessionServices {
  reminders?: RemindersService;
  /** Sync is driven by the session too (the background loop). */
  sync?: SyncService;
}

/** Every contract method's handler, one service per domain (the `Handlers` type checks the set). */
export function createHandlers(ctx: ServiceContext, session: SessionActions, services: SessionServices = {}): Handlers {
  const workspace = createWorkspaceService(ctx);
  const accounts = createAccountsService(ctx);
  const team = createTeamService(ctx);
  const settings = createSettingsService(ctx);
  const reminders = services.reminders ?? createRemindersService(ctx);
  return {
    workspace: {
      ...workspace,
      firstScreen: () => readFirstScreen({ status: workspace.status, settings: settings.get, accounts: accounts.list, team: team.list, reminders: reminders.get }),
      loadDemo({ replace, today }) {
        session.loadDemo(replace ?? false, today);
        return { ok: true as const };
      },
    },
    accounts,
    columns: createColumnsService(ctx),
    menus: createMenusService(ctx),
    team,
    backups: createBackupsService(ctx, session.restoreBackup),
    settings,
    calendarLayers: createCalendarLayersService(ctx),
    calendar: createCalendarService(ctx),
    calendarTransfer: createCalendarTransferService(ctx),
    holidays: createHolidaysService(ctx),
    reminders,
    articles: createArticlesService(ctx),
    articleReview: createArticleReviewService(ctx),
    lintWords: createLintWordsService(ctx),
    library: createLibraryService(ctx),
    imports: createImportsService(ctx),
    benchmarks: createBenchmarksService(ctx),
    activities: createActivitiesService(ctx),
    costs: createCostsService(ctx),
    worklog: createWorklogService(ctx),
    concerns: createConcernsService(ctx),
    community: createCommunityService(ctx),
    overview: createOverviewService(ctx),
    plans: createPlansService(ctx),
    sync: services.sync ?? createSyncService(ctx),
  };
}
