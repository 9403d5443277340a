-- Issue 8: only WeChat official accounts send pushes of numbered articles (头条, 次条 …;
-- hasPushSlots in src-shared/domain/calendar/slots.ts). Items of Weibo, 视频号, 抖音, 小红书 and
-- 企业微信社群 accounts have slot 0 (NO_SLOT) and plan by time: this clears the slots they were given.
-- Sync: plain SQL moves no field clock and writes no outbox row, so on the first open after this
-- migration src-main/sync/migrated-fields.ts stamps these slots as a new edit (as restampAll does
-- after a restore); HQ sync, when built, then sends slot 0 rather than the old value.
UPDATE `calendar_items` SET `slot` = 0 WHERE `slot` <> 0 AND `account_id` IN (SELECT `id` FROM `accounts` WHERE `platform` NOT IN ('wechat_subscription', 'wechat_service'));
