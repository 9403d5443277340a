CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`name` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT 'engagement' NOT NULL,
	`mechanic` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`goal` text DEFAULT '' NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`reach_channels` text DEFAULT '[]' NOT NULL,
	`owner_id` text,
	`participants` integer DEFAULT 0 NOT NULL,
	`new_followers` integer DEFAULT 0 NOT NULL,
	`unfollows` integer DEFAULT 0 NOT NULL,
	`unfollow_days` integer DEFAULT 7 NOT NULL,
	`conversions` integer DEFAULT 0 NOT NULL,
	`revenue_fen` integer DEFAULT 0 NOT NULL,
	`value_per_follower_fen` integer DEFAULT 0 NOT NULL,
	`lessons` text DEFAULT '' NOT NULL,
	`images` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activities_status_idx` ON `activities` (`status`);--> statement-breakpoint
CREATE TABLE `activity_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`activity_id` text DEFAULT '' NOT NULL,
	`account_id` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activity_accounts_activity_idx` ON `activity_accounts` (`activity_id`);--> statement-breakpoint
CREATE TABLE `activity_phases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`activity_id` text DEFAULT '' NOT NULL,
	`phase` text DEFAULT 'main' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activity_phases_activity_idx` ON `activity_phases` (`activity_id`);--> statement-breakpoint
CREATE INDEX `activity_phases_dates_idx` ON `activity_phases` (`start_date`,`end_date`);--> statement-breakpoint
CREATE TABLE `cost_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`activity_id` text,
	`date` text DEFAULT '' NOT NULL,
	`category` text DEFAULT 'other' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`unit_fen` integer DEFAULT 0 NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`importance` text DEFAULT 'normal' NOT NULL,
	`paid` integer DEFAULT false NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cost_items_date_idx` ON `cost_items` (`date`);--> statement-breakpoint
CREATE INDEX `cost_items_activity_idx` ON `cost_items` (`activity_id`);--> statement-breakpoint
CREATE TABLE `community_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`positioning` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`admin_ids` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `community_scripts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`group_id` text,
	`kind` text DEFAULT 'welcome' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`keyword` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `community_scripts_group_idx` ON `community_scripts` (`group_id`);--> statement-breakpoint
CREATE TABLE `concern_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`concern_id` text DEFAULT '' NOT NULL,
	`article_id` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `concern_articles_concern_idx` ON `concern_articles` (`concern_id`);--> statement-breakpoint
CREATE TABLE `concerns` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`topic` text DEFAULT '' NOT NULL,
	`category` text DEFAULT 'other' NOT NULL,
	`frequency` integer DEFAULT 1 NOT NULL,
	`examples` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`first_seen` text DEFAULT '' NOT NULL,
	`account_id` text,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `concerns_status_idx` ON `concerns` (`status`);--> statement-breakpoint
CREATE TABLE `work_logs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`date` text DEFAULT '' NOT NULL,
	`member_id` text DEFAULT '' NOT NULL,
	`category` text DEFAULT 'other' NOT NULL,
	`minutes` integer DEFAULT 0 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`link_kind` text DEFAULT '' NOT NULL,
	`link_id` text,
	`source_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `work_logs_date_idx` ON `work_logs` (`date`);--> statement-breakpoint
CREATE INDEX `work_logs_member_date_idx` ON `work_logs` (`member_id`,`date`);--> statement-breakpoint
CREATE INDEX `work_logs_link_idx` ON `work_logs` (`link_id`);--> statement-breakpoint
ALTER TABLE `member_kpis` ADD `metric` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `members` ADD `hourly_cost_fen` integer DEFAULT 0 NOT NULL;