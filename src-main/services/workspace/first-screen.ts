import type { Account } from '../../../src-shared/contract/accounts';
import type { Reminders } from '../../../src-shared/contract/reminders';
import type { Settings } from '../../../src-shared/contract/settings';
import type { Member } from '../../../src-shared/contract/team';
import type { FirstScreen, WorkspaceStatus } from '../../../src-shared/contract/workspace';

/** The reads the first screen is made of, each the handler of its own domain. */
export interface FirstScreenReads {
  status(): WorkspaceStatus;
  settings(): Settings;
  accounts(): Account[];
  team(): Member[];
  reminders(): Reminders;
}

/**
 * One answer instead of four requests: the UI paints once, with everything, instead of once per
 * answer. The reads are synchronous on the one connection, so no write can come between them.
 */
export function readFirstScreen(reads: FirstScreenReads): FirstScreen {
  return { status: reads.status(), settings: reads.settings(), accounts: reads.accounts(), team: reads.team(), reminders: reads.reminders() };
}
