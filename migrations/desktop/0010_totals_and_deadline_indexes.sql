CREATE INDEX `cost_items_totals_idx` ON `cost_items` (`category`,`importance`,`paid`,substr(`date`, 1, 7),`date`,`activity_id`,`unit_fen`,`quantity`) WHERE `deleted_at` IS NULL;--> statement-breakpoint
CREATE INDEX `calendar_items_status_deadline_idx` ON `calendar_items` (`status`,coalesce(nullif(`due_date`, ''), `date`)) WHERE `deleted_at` IS NULL;
