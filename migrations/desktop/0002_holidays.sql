CREATE TABLE `holiday_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`year` integer DEFAULT 0 NOT NULL,
	`start` text DEFAULT '' NOT NULL,
	`end` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'off' NOT NULL,
	`name` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `holiday_entries_year_idx` ON `holiday_entries` (`year`);--> statement-breakpoint
CREATE INDEX `holiday_entries_start_idx` ON `holiday_entries` (`start`);