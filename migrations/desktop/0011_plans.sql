CREATE TABLE `plan_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`plan_id` text DEFAULT '' NOT NULL,
	`format` text DEFAULT 'docx' NOT NULL,
	`file_name` text DEFAULT '' NOT NULL,
	`exported_at` text DEFAULT '' NOT NULL,
	`exported_by` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`snapshot` text DEFAULT '{}' NOT NULL,
	`checksum` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `plan_exports_plan_idx` ON `plan_exports` (`plan_id`,`exported_at`);--> statement-breakpoint
CREATE TABLE `plan_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`plan_id` text DEFAULT '' NOT NULL,
	`key` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `plan_sections_plan_idx` ON `plan_sections` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`title` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL,
	`period_kind` text DEFAULT 'quarter' NOT NULL,
	`period_start` text DEFAULT '' NOT NULL,
	`period_end` text DEFAULT '' NOT NULL,
	`template` text DEFAULT 'full' NOT NULL,
	`assumptions` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `plans_period_idx` ON `plans` (`period_start`);