import type { Language } from '../contract/settings';
import { accountsEn } from './accounts/en';
import { activitiesEn } from './activities/en';
import { activitiesZhCN } from './activities/zh-CN';
import { accountsZhCN } from './accounts/zh-CN';
import { reviewEn } from './article-review/en';
import { reviewZhCN } from './article-review/zh-CN';
import { articleEditorEn } from './article-editor/en';
import { articleEditorZhCN } from './article-editor/zh-CN';
import { articlesEn } from './articles/en';
import { articlesZhCN } from './articles/zh-CN';
import { benchImportEn } from './benchmark-import/en';
import { benchImportZhCN } from './benchmark-import/zh-CN';
import { benchAnalysisEn } from './benchmark-analysis/en';
import { benchAnalysisZhCN } from './benchmark-analysis/zh-CN';
import { benchmarksEn } from './benchmarks/en';
import { benchmarksZhCN } from './benchmarks/zh-CN';
import { calendarEn } from './calendar/en';
import { calendarZhCN } from './calendar/zh-CN';
import { cliEn } from './cli/en';
import { cliZhCN } from './cli/zh-CN';
import { columnsEn } from './columns/en';
import { communityEn } from './community/en';
import { communityZhCN } from './community/zh-CN';
import { concernsEn } from './concerns/en';
import { concernsZhCN } from './concerns/zh-CN';
import { columnsZhCN } from './columns/zh-CN';
import { commonEn } from './common/en';
import { costsEn } from './costs/en';
import { costsZhCN } from './costs/zh-CN';
import { commonZhCN } from './common/zh-CN';
import { holidaysEn } from './holidays/en';
import { holidaysZhCN } from './holidays/zh-CN';
import { importsEn } from './imports/en';
import { importsZhCN } from './imports/zh-CN';
import { libraryEn } from './library/en';
import { libraryZhCN } from './library/zh-CN';
import { lintEn } from './lint/en';
import { lintZhCN } from './lint/zh-CN';
import { findMessage, interpolate, type KeysOf, type MessageParams, type Messages } from './messages';
import { menusEn } from './menus/en';
import { menusZhCN } from './menus/zh-CN';
import { peersEn } from './peers/en';
import { benchEntryEn } from './bench-entry/en';
import { benchEntryZhCN } from './bench-entry/zh-CN';
import { peersZhCN } from './peers/zh-CN';
import { remindersEn } from './reminders/en';
import { remindersZhCN } from './reminders/zh-CN';
import { settingsEn } from './settings/en';
import { settingsZhCN } from './settings/zh-CN';
import { teamEn } from './team/en';
import { teamZhCN } from './team/zh-CN';
import { wechatEn } from './wechat/en';
import { wechatZhCN } from './wechat/zh-CN';
import { workspaceEn } from './workspace/en';
import { worklogEn } from './worklog/en';
import { worklogZhCN } from './worklog/zh-CN';
import { workspaceZhCN } from './workspace/zh-CN';
import { overviewEn } from './overview/en';
import { overviewZhCN } from './overview/zh-CN';
import { appraisalEn } from './appraisal/en';
import { appraisalZhCN } from './appraisal/zh-CN';
import { plansEn } from './plans/en';
import { plansZhCN } from './plans/zh-CN';
import { planDocEn } from './plan-doc/en';
import { planDocZhCN } from './plan-doc/zh-CN';
import { planDocOpsEn } from './plan-doc-ops/en';
import { planDocOpsZhCN } from './plan-doc-ops/zh-CN';
import { docWriterEn } from './doc-writer/en';
import { docWriterZhCN } from './doc-writer/zh-CN';
import { syncEn } from './sync/en';
import { syncZhCN } from './sync/zh-CN';
import { syncEngineEn } from './sync-engine/en';
import { syncEngineZhCN } from './sync-engine/zh-CN';
import { hqEn } from './hq/en';
import { hqZhCN } from './hq/zh-CN';

// Every program's texts: one file per domain and language (`<domain>/zh-CN.ts`, `<domain>/en.ts`),
// each owning whole top-level subtrees, composed here into one tree per language. The renderer
// gives these to i18next; the back end and the CLI use `translate`.

type Composed<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]] ? First & Composed<Rest> : unknown;

/** One language's tree from its domain files; two files owning the same subtree would silently hide one, so that throws. */
function compose<T extends readonly object[]>(...parts: T): Composed<T> {
  const tree: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (Object.hasOwn(tree, key)) throw new Error(`two translation files define "${key}"`);
      tree[key] = value;
    }
  }
  return tree as Composed<T>;
}

export const zhCN = compose(
  commonZhCN,
  calendarZhCN,
  workspaceZhCN,
  accountsZhCN,
  columnsZhCN,
  menusZhCN,
  teamZhCN,
  worklogZhCN,
  settingsZhCN,
  holidaysZhCN,
  remindersZhCN,
  cliZhCN,
  articlesZhCN,
  articleEditorZhCN,
  wechatZhCN,
  lintZhCN,
  libraryZhCN,
  reviewZhCN,
  benchImportZhCN,
  peersZhCN,
  benchEntryZhCN,
  importsZhCN,
  benchAnalysisZhCN,
  benchmarksZhCN,
  concernsZhCN,
  communityZhCN,
  activitiesZhCN,
  costsZhCN,
  overviewZhCN,
  appraisalZhCN,
  plansZhCN,
  planDocZhCN,
  planDocOpsZhCN,
  docWriterZhCN,
  syncZhCN,
  syncEngineZhCN,
  hqZhCN,
);

/** The shape every language must have: the Chinese tree's. */
export type UiMessages = Messages<typeof zhCN>;

export const en: UiMessages = compose(
  commonEn,
  calendarEn,
  workspaceEn,
  accountsEn,
  columnsEn,
  menusEn,
  teamEn,
  worklogEn,
  settingsEn,
  holidaysEn,
  remindersEn,
  cliEn,
  articlesEn,
  articleEditorEn,
  wechatEn,
  lintEn,
  libraryEn,
  reviewEn,
  benchImportEn,
  peersEn,
  benchEntryEn,
  importsEn,
  benchAnalysisEn,
  benchmarksEn,
  concernsEn,
  communityEn,
  activitiesEn,
  costsEn,
  overviewEn,
  appraisalEn,
  plansEn,
  planDocEn,
  planDocOpsEn,
  docWriterEn,
  syncEn,
  syncEngineEn,
  hqEn,
);

export const messages: Readonly<Record<Language, UiMessages>> = { 'zh-CN': zhCN, en };

/** A key `translate` takes: `calendar.status.published`, `calendar.moved` (plural forms under their base). */
export type MessageKey = KeysOf<typeof zhCN>;

export type { MessageParams } from './messages';

/** Whether `key` names a text (a server's issue message may be any string). */
export function isMessageKey(key: string): key is MessageKey {
  return findMessage(zhCN, 'zh-CN', key) !== undefined || findMessage(zhCN, 'zh-CN', `${key}_other`) !== undefined;
}

/** The text of `key` in `language` with its `{{placeholders}}` filled, as the renderer's i18next gives it. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = findMessage(messages[language], language, key, params?.count) ?? findMessage(zhCN, 'zh-CN', key, params?.count);
  return text === undefined ? key : interpolate(text, params);
}

/** A validation issue's text: its `validation.*` key translated, zod's own (English) messages as the generic one. */
export function issueText(language: Language, issue: { message: string; params?: MessageParams }): string {
  return issue.message.startsWith('validation.') && isMessageKey(issue.message) ? translate(language, issue.message, issue.params) : translate(language, 'validation.invalid');
}
