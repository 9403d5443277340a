CREATE TABLE `article_bodies` (
	`article_id` text PRIMARY KEY NOT NULL,
	`json` text DEFAULT '' NOT NULL,
	`html` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`chars` integer DEFAULT 0 NOT NULL,
	`images` integer DEFAULT 0 NOT NULL,
	`updates_since_snapshot` integer DEFAULT 0 NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `article_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`article_id` text DEFAULT '' NOT NULL,
	`anchor` text DEFAULT '' NOT NULL,
	`quote` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`member_id` text,
	`parent_id` text,
	`resolved_at` text
);
--> statement-breakpoint
CREATE INDEX `article_comments_article_idx` ON `article_comments` (`article_id`);--> statement-breakpoint
CREATE TABLE `article_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`article_id` text DEFAULT '' NOT NULL,
	`action` text DEFAULT 'submit' NOT NULL,
	`level` integer DEFAULT 0 NOT NULL,
	`member_id` text,
	`comment` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `article_decisions_article_idx` ON `article_decisions` (`article_id`);--> statement-breakpoint
CREATE TABLE `article_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`article_id` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT 'auto' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`state` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`member_id` text
);
--> statement-breakpoint
CREATE INDEX `article_revisions_article_idx` ON `article_revisions` (`article_id`);--> statement-breakpoint
CREATE TABLE `article_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`article_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'update' NOT NULL,
	`data` text DEFAULT '' NOT NULL,
	`member_id` text
);
--> statement-breakpoint
CREATE INDEX `article_updates_article_idx` ON `article_updates` (`article_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`item_id` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL,
	`digest` text DEFAULT '' NOT NULL,
	`cover_asset_id` text,
	`cover_wide_crop` text DEFAULT '' NOT NULL,
	`cover_square_crop` text DEFAULT '' NOT NULL,
	`origin` text DEFAULT 'original' NOT NULL,
	`source_name` text DEFAULT '' NOT NULL,
	`source_url` text DEFAULT '' NOT NULL,
	`read_more_url` text DEFAULT '' NOT NULL,
	`theme` text DEFAULT 'default' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `articles_item_idx` ON `articles` (`item_id`);--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`name` text DEFAULT '' NOT NULL,
	`mime` text DEFAULT '' NOT NULL,
	`bytes` integer DEFAULT 0 NOT NULL,
	`width` integer DEFAULT 0 NOT NULL,
	`height` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `library_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`kind` text DEFAULT 'block' NOT NULL,
	`category` text DEFAULT 'other' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`content` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `lint_exemptions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`article_id` text DEFAULT '' NOT NULL,
	`rule` text DEFAULT '' NOT NULL,
	`word` text DEFAULT '' NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`member_id` text
);
--> statement-breakpoint
CREATE INDEX `lint_exemptions_article_idx` ON `lint_exemptions` (`article_id`);--> statement-breakpoint
CREATE TABLE `lint_words` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`word` text DEFAULT '' NOT NULL,
	`category` text DEFAULT 'custom' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`suggestion` text DEFAULT '' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `review_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`account_id` text DEFAULT '' NOT NULL,
	`level` integer DEFAULT 1 NOT NULL,
	`member_id` text
);
--> statement-breakpoint
CREATE INDEX `review_steps_account_idx` ON `review_steps` (`account_id`);--> statement-breakpoint
CREATE VIRTUAL TABLE `article_search` USING fts5(article_id UNINDEXED, title, body, tokenize = 'trigram');
