CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`platform` text DEFAULT 'wechat_subscription' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`handle` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT 'brand' NOT NULL,
	`business_line` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`followers` integer DEFAULT 0 NOT NULL,
	`verified` integer DEFAULT false NOT NULL,
	`update_frequency` text DEFAULT 'weekly' NOT NULL,
	`owner_id` text,
	`qr_placement` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `columns` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`account_id` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`cadence` text DEFAULT '{"kind":"irregular"}' NOT NULL,
	`owner_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `columns_account_idx` ON `columns` (`account_id`);--> statement-breakpoint
CREATE TABLE `menu_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`account_id` text DEFAULT '' NOT NULL,
	`parent_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`action_kind` text DEFAULT 'none' NOT NULL,
	`column_id` text,
	`url` text DEFAULT '' NOT NULL,
	`reply_text` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `menu_items_account_idx` ON `menu_items` (`account_id`);--> statement-breakpoint
CREATE TABLE `field_clocks` (
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`hlc` text NOT NULL,
	PRIMARY KEY(`tbl`, `row_id`, `field`)
);
--> statement-breakpoint
CREATE TABLE `local_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`hlc` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `member_kpis` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`member_id` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`target` real DEFAULT 0 NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `member_kpis_member_idx` ON `member_kpis` (`member_id`);--> statement-breakpoint
CREATE TABLE `member_roles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`member_id` text DEFAULT '' NOT NULL,
	`role` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `member_roles_member_idx` ON `member_roles` (`member_id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`name` text DEFAULT '' NOT NULL,
	`daily_duties` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workspace` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`name` text DEFAULT '' NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`naming_template` text DEFAULT '' NOT NULL
);
