CREATE TABLE `follower_days` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`account_id` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`new_followers` integer,
	`unfollows` integer,
	`net_gain` integer,
	`cumulative` integer,
	`source_name` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `follower_days_account_idx` ON `follower_days` (`account_id`,`date`);--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`target` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`header_key` text DEFAULT '' NOT NULL,
	`mapping` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `import_mappings_target_idx` ON `import_mappings` (`target`,`header_key`);--> statement-breakpoint
CREATE TABLE `metric_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`account_id` text DEFAULT '' NOT NULL,
	`period` text DEFAULT 'month' NOT NULL,
	`period_start` text DEFAULT '' NOT NULL,
	`followers` integer,
	`articles` integer,
	`reads` integer,
	`reads_headline` integer,
	`reads_max` integer,
	`zaikan` integer,
	`zaikan_headline` integer,
	`zaikan_max` integer,
	`likes` integer,
	`likes_headline` integer,
	`likes_max` integer,
	`shares` integer,
	`shares_headline` integer,
	`shares_max` integer,
	`source` text DEFAULT 'manual' NOT NULL,
	`source_name` text DEFAULT '' NOT NULL,
	`source_date` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `metric_snapshots_account_idx` ON `metric_snapshots` (`account_id`,`period`,`period_start`);--> statement-breakpoint
CREATE TABLE `peer_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`platform` text DEFAULT 'wechat_subscription' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`handle` text DEFAULT '' NOT NULL,
	`owner_company` text DEFAULT '' NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`reason` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `peer_learnings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`peer_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'column' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`link` text DEFAULT '' NOT NULL,
	`asset_id` text,
	`member_id` text
);
--> statement-breakpoint
CREATE INDEX `peer_learnings_peer_idx` ON `peer_learnings` (`peer_id`);--> statement-breakpoint
CREATE TABLE `post_metrics` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`account_id` text DEFAULT '' NOT NULL,
	`published_at` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 1 NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT '' NOT NULL,
	`reads` integer,
	`zaikan` integer,
	`likes` integer,
	`shares` integer,
	`new_followers_day1` integer,
	`new_followers_day7` integer,
	`item_id` text,
	`source` text DEFAULT 'manual' NOT NULL,
	`source_name` text DEFAULT '' NOT NULL,
	`source_date` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `post_metrics_account_idx` ON `post_metrics` (`account_id`,`published_at`);