import type { DocBlock, DocRun, DocTableColumn, DocTableRow } from '../../../src-shared/contract/doc-model';
import { LEARNING_KINDS, type LearningKind } from '../../../src-shared/contract/benchmarks';
import type { Platform } from '../../../src-shared/contract/accounts';
import { WCI_VERSION } from '../../../src-shared/domain/benchmarks/wci';
import type { Words } from '../../words';
import { noData, paragraph, table, text } from '../blocks';
import { count, dateSpan, monthName, wciText } from '../format';
import type { SectionContext } from '../section-context';

// Section 1, 竞品分析: the peers' (and our own accounts') figures of one month side by side, then
// what each peer does well, grouped by kind.

/** One account's figures of the month; null = not known. */
export interface BenchmarkRow {
  name: string;
  own: boolean;
  platform: Platform;
  followers: number | null;
  articles: number | null;
  reads: number | null;
  /** reads ÷ articles. */
  averageReads: number | null;
  /** Headline (头条) reads ÷ headline articles; null when the month's articles are not known one by one. */
  headlineAverageReads: number | null;
  wci: number | null;
  /** 1 = best WCI among the rows. */
  rank: number | null;
}

export interface PeerLearnings {
  peer: string;
  ownerCompany: string;
  items: { kind: LearningKind; text: string; link: string }[];
}

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/competitors.ts. */
export interface CompetitorsFacts {
  /** The latest month with figures up to the plan's period (first and last day); null when no account has any. */
  month: { start: string; end: string } | null;
  /** The peers, and own accounts with figures, best WCI first (names and followers alone without a month). */
  rows: BenchmarkRow[];
  /** How many peers there are in all: the table lists the best ones. */
  peers: number;
  learnings: PeerLearnings[];
}

function figuresTable(rows: readonly BenchmarkRow[], words: Words, context: SectionContext): DocBlock {
  const c = (key: 'account' | 'followers' | 'articles' | 'reads' | 'averageReads' | 'headlineReads' | 'wci' | 'rank') => words(`planDoc.competitors.column.${key}`);
  const number = (title: string, width: number): DocTableColumn => ({ title, width, align: 'right' });
  const columns: DocTableColumn[] = [
    { title: c('account'), width: 2.4 },
    number(c('followers'), 1.2),
    number(c('articles'), 1),
    number(c('reads'), 1.2),
    number(c('averageReads'), 1.3),
    number(c('headlineReads'), 1.5),
    number(c('wci'), 1.5),
    number(c('rank'), 0.9),
  ];
  const n = (value: number | null) => count(context.locale, value);
  const tableRows: DocTableRow[] = rows.map((row) => ({
    cells: [
      [text(row.own ? words('planDoc.cell.own', { name: row.name }) : row.name, row.own ? { bold: true } : {})],
      [text(n(row.followers))],
      [text(n(row.articles))],
      [text(n(row.reads))],
      [text(n(row.averageReads))],
      [text(n(row.headlineAverageReads))],
      [text(wciText(row.wci))],
      [text(row.rank === null ? '—' : String(row.rank))],
    ],
  }));
  return table(columns, tableRows);
}

function learningBlocks(learnings: readonly PeerLearnings[], words: Words): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: words('planDoc.competitors.learnings') }];
  const shown = learnings.filter((peer) => peer.items.length > 0);
  if (shown.length === 0) return [...blocks, noData(words)];
  blocks.push(paragraph(words('planDoc.competitors.learningsIntro')));
  for (const peer of shown) {
    const name = peer.ownerCompany ? words('planDoc.competitors.peerLine', { peer: peer.peer, company: peer.ownerCompany }) : peer.peer;
    blocks.push(paragraph([text(name, { bold: true })]));
    const items = [...peer.items].sort((a, b) => LEARNING_KINDS.indexOf(a.kind) - LEARNING_KINDS.indexOf(b.kind));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: items.map((item): DocRun[] => [
        text(words('planDoc.competitors.learning', { kind: words(`peers.learningKind.${item.kind}`), text: item.text })),
        ...(item.link ? [text(words('planDoc.competitors.link'), { link: item.link })] : []),
      ]),
    });
  }
  return blocks;
}

export function competitorsBlocks(facts: CompetitorsFacts, words: Words, context: SectionContext): DocBlock[] {
  const hasLearnings = facts.learnings.some((peer) => peer.items.length > 0);
  if (facts.rows.length === 0 && !hasLearnings) return [noData(words)];
  const blocks: DocBlock[] = [];
  if (facts.rows.length > 0) {
    const { month } = facts;
    const note = month
      ? words('planDoc.competitors.figuresFrom', { month: monthName(context.locale, month.start), span: dateSpan(context.locale, month.start, month.end), version: WCI_VERSION })
      : words('planDoc.competitors.noFigures');
    const listed = facts.rows.filter((r) => !r.own).length;
    const cut = facts.peers > listed ? [paragraph(words('planDoc.competitors.cut', { total: facts.peers, shown: listed }), 'note')] : [];
    blocks.push(paragraph(note, 'note'), ...cut, figuresTable(facts.rows, words, context));
  }
  return [...blocks, ...learningBlocks(facts.learnings, words)];
}
