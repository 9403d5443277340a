import type { AccountPurpose, Platform } from '../../../src-shared/contract/accounts';
import type { DocBlock, DocTableColumn } from '../../../src-shared/contract/doc-model';
import type { Words } from '../../words';
import { noData, paragraph, row, table } from '../blocks';
import { count, monthName, wciText } from '../format';
import { companyName, type SectionContext } from '../section-context';

// Section 2, 公众号能为〈企业简称〉带来的价值: what each own account is, what the channel can do
// for the business (by the accounts' purposes and WeChat account types), and where we stand
// against the peers.

export interface OwnAccountFacts {
  name: string;
  platform: Platform;
  purpose: AccountPurpose;
  businessLine: string;
  verified: boolean;
  followers: number;
  /** The register's notes: where the operator writes the account's positioning. */
  notes: string;
  /** Its columns' names, in their order. */
  columns: string[];
}

/** An own account against the peers in the benchmarks' month. */
export interface OwnStanding {
  name: string;
  wci: number | null;
  /** Among `ranked` accounts by WCI (1 = best). */
  rank: number | null;
  averageReads: number | null;
  readsRank: number | null;
}

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/value.ts. */
export interface ValueFacts {
  accounts: OwnAccountFacts[];
  /** The benchmarks' month (section 1's); null without figures. */
  month: { start: string; end: string } | null;
  /** How many accounts (own and peers) have a WCI that month. */
  ranked: number;
  standings: OwnStanding[];
}

const WECHAT: readonly Platform[] = ['wechat_subscription', 'wechat_service'];
const PURPOSES: readonly AccountPurpose[] = ['brand', 'sales', 'mixed'];

function positioningBlocks(accounts: readonly OwnAccountFacts[], words: Words, context: SectionContext): DocBlock[] {
  const c = (key: 'account' | 'platform' | 'type' | 'purpose' | 'verified' | 'followers' | 'businessLine') => words(`planDoc.value.column.${key}`);
  const columns: DocTableColumn[] = [
    { title: c('account'), width: 3 },
    { title: c('platform'), width: 1.8 },
    { title: c('type'), width: 1 },
    { title: c('purpose'), width: 1 },
    { title: c('verified'), width: 1 },
    { title: c('followers'), width: 1.2, align: 'right' },
    { title: c('businessLine'), width: 1.2 },
  ];
  const none = words('planDoc.cell.none');
  const rows = accounts.map((a) => {
    const wechat = WECHAT.includes(a.platform);
    return row([
      a.name,
      wechat ? words('planDoc.value.wechat') : words(`accounts.platform.${a.platform}`),
      wechat ? words(`accounts.platform.${a.platform}`) : none,
      words(`accounts.purpose.${a.purpose}`),
      words(a.verified ? 'planDoc.value.verified.yes' : 'planDoc.value.verified.no'),
      count(context.locale, a.followers),
      a.businessLine || none,
    ]);
  });
  const total = accounts.reduce((sum, a) => sum + a.followers, 0);
  const separator = words('planDoc.cell.listSeparator');
  // One name can stand for several platforms' accounts: the lines say which.
  const lines = accounts.flatMap((a) => {
    const account = words('accounts.accountLabel.text', { name: a.name, platform: words(`accounts.platform.${a.platform}`) });
    return [
      a.columns.length ? words('planDoc.value.columnsLine', { account, columns: a.columns.join(separator) }) : words('planDoc.value.noColumns', { account }),
      ...(a.notes.trim() ? [words('planDoc.value.notesLine', { account, notes: a.notes.trim() })] : []),
    ];
  });
  return [
    { kind: 'heading', level: 2, text: words('planDoc.value.positioning') },
    table(columns, rows),
    paragraph(words('planDoc.value.followersTotal', { accounts: accounts.length, followers: count(context.locale, total) })),
    { kind: 'list', ordered: false, items: lines.map((line) => [{ text: line }]) },
  ];
}

function canDoBlocks(accounts: readonly OwnAccountFacts[], words: Words, company: string): DocBlock[] {
  const purposes = PURPOSES.filter((p) => accounts.some((a) => a.purpose === p)).map((p) => words(`planDoc.value.does.${p}`));
  const types = WECHAT.filter((p) => accounts.some((a) => a.platform === p)).map((p) => words(`planDoc.value.does.${p as 'wechat_subscription' | 'wechat_service'}`));
  return [
    { kind: 'heading', level: 2, text: words('planDoc.value.canDo', { company }) },
    { kind: 'list', ordered: false, items: [...purposes, ...types].map((line) => [{ text: line }]) },
  ];
}

function comparedBlocks(facts: ValueFacts, words: Words, context: SectionContext): DocBlock[] {
  const heading: DocBlock = { kind: 'heading', level: 2, text: words('planDoc.value.compared') };
  if (!facts.month || facts.standings.length === 0) return [heading, paragraph(words('planDoc.value.noComparison'))];
  const month = monthName(context.locale, facts.month.start);
  const lines = facts.standings.map((s) =>
    s.rank === null
      ? words('planDoc.value.noRank', { account: s.name, month })
      : words('planDoc.value.rankLine', {
          account: s.name,
          month,
          wci: wciText(s.wci),
          total: facts.ranked,
          rank: s.rank,
          reads: count(context.locale, s.averageReads),
          readsRank: s.readsRank ?? words('planDoc.cell.none'),
        }),
  );
  return [heading, { kind: 'list', ordered: false, items: lines.map((line) => [{ text: line }]) }];
}

export function valueBlocks(facts: ValueFacts, words: Words, context: SectionContext): DocBlock[] {
  if (facts.accounts.length === 0) return [noData(words)];
  const company = companyName(context.company, words);
  return [...positioningBlocks(facts.accounts, words, context), ...canDoBlocks(facts.accounts, words, company), ...comparedBlocks(facts, words, context)];
}
