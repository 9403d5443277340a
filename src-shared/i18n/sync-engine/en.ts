import type { Messages } from '../messages';
import type { syncEngineZhCN } from './zh-CN';

// The desktop's sync engine: reasons of failures and the `opsbench sync` command (issue 14).

export const syncEngineEn: Messages<typeof syncEngineZhCN> = {
  syncEngine: {
    notEnrolled: 'This workspace is not enrolled with HQ yet',
    alreadyEnrolled: 'This workspace is already enrolled with HQ ({{hqUrl}}); leave sync first to enrol elsewhere',
    enrollUnreachable: 'Cannot reach HQ at {{hqUrl}}: check the address and port, or whether the network is up',
    badCode: 'HQ does not accept this enrolment code: it may be mistyped, expired (codes last 7 days) or from another HQ',
    error: {
      network: 'HQ ({{hqUrl}}) cannot be reached: check the network; sync retries by itself',
      digest: 'Data received from HQ was incomplete (checksum mismatch) and was discarded; it will be fetched again',
      storage_full: 'The disk is full, so synced data cannot be written: free some space',
      revoked: 'HQ has revoked this device and sync has stopped. To continue, leave sync and enrol again with a new code',
      too_old: 'HQ needs OpsBench {{minAppVersion}} or newer and sync has stopped: update OpsBench first',
      unauthorized: 'HQ no longer has this device on record (HQ may have been reset, or the device deleted) and sync has stopped: leave sync and enrol again with a code from HQ',
      forbidden: 'HQ refused this operation',
      invalid: 'HQ found this sync’s data invalid: {{detail}}',
      too_large: 'A batch of changes is too large for HQ: {{detail}}',
      not_found: 'HQ cannot find what was asked for: {{detail}}',
      gap: 'HQ is missing some of this device’s changes; sending them again',
      resnapshot: 'This device was offline too long; fetching all data from HQ again',
      internal: 'Sync failed: {{detail}}',
    },
    cli: {
      help: `Usage: opsbench sync [status|enroll|leave] [options]

  (none)                   Sync with HQ: push this device's changes and pull HQ's until neither side has any left; prints what went up and down
  status                   Sync status: HQ, device, last sync, changes waiting to be pushed, the last error
  enroll --hq URL --code CODE [--name DEVICE] [--merge|--replace]
                           Enrol this workspace with HQ using the code HQ gave you, then sync. An empty data folder becomes HQ's workspace;
                           when both this device and HQ hold data, choose --merge (keep both; HQ's workspace profile wins)
                           or --replace (back up this device, then take HQ's data)
  leave                    Stop syncing (a revoked device, or to enrol elsewhere); the data stays on this device`,
      synced: 'Synced: {{pushed}} changes and {{assetsUp}} files up, {{pulled}} rows and {{assetsDown}} files down.',
      enrolled: 'Enrolled with HQ {{hqUrl}} ({{tenant}}) as device “{{device}}”.',
      left: 'Left sync; the workspace’s data stays on this device.',
      status: {
        notEnrolled: 'Not enrolled with HQ. Enrol with opsbench sync enroll --hq URL --code CODE.',
        enrolled: 'HQ: {{hqUrl}} ({{tenant}}); device: {{device}}; state: {{state}}; last sync: {{lastSyncAt}}; changes waiting: {{pending}}',
        never: 'never',
        lastError: 'Last error ({{at}}): {{message}}',
      },
      state: {
        notEnrolled: 'not enrolled',
        idle: 'in sync',
        syncing: 'syncing',
        offline: 'offline',
        error: 'failed',
        revoked: 'device revoked',
        tooOld: 'app too old',
      },
      failed: 'Sync failed: {{reason}}',
      bothHaveData: 'Both this device and HQ hold data: add --merge (combine them) or --replace (back up this device, then take HQ’s data)',
      needHqAndCode: 'sync enroll needs --hq URL and --code CODE',
      mergeOrReplace: 'choose only one of --merge and --replace',
    },
  },
};
