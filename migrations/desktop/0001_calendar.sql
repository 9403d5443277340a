CREATE TABLE `calendar_item_tags` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`item_id` text DEFAULT '' NOT NULL,
	`tag` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `calendar_item_tags_item_idx` ON `calendar_item_tags` (`item_id`);--> statement-breakpoint
CREATE TABLE `calendar_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`account_id` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`time` text DEFAULT '' NOT NULL,
	`slot` integer DEFAULT 1 NOT NULL,
	`column_id` text,
	`title` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`due_date` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'topic' NOT NULL,
	`source_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `calendar_items_date_idx` ON `calendar_items` (`date`);--> statement-breakpoint
CREATE INDEX `calendar_items_account_date_idx` ON `calendar_items` (`account_id`,`date`);--> statement-breakpoint
CREATE TABLE `key_dates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`date` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `key_dates_date_idx` ON `key_dates` (`date`);