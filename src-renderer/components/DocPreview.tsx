import { Fragment, useMemo, useRef, type ReactNode } from 'react';
import type { DocBlock, DocModel, DocRun } from '../../src-shared/contract/doc-model';
import { EChart, type ChartOption } from './EChart';
import './doc-preview.css';

// The document model drawn as pages: the cover, then the blocks, a new sheet at every page break.
// Presentational (props only): the plan composer, the recorded exports and HQ's console draw
// what the writers write from the same model, so what the operator sees is what the boss gets.

type ChartBlock = Extract<DocBlock, { kind: 'chart' }>;
type TableBlock = Extract<DocBlock, { kind: 'table' }>;

function Runs({ runs }: { runs: readonly DocRun[] }) {
  return runs.map((run, index) => {
    const style = { fontWeight: run.bold ? 600 : undefined, fontStyle: run.italic ? 'italic' : undefined, textDecoration: run.underline ? 'underline' : undefined, color: run.color ? `#${run.color}` : undefined };
    return run.link ? (
      <a key={index} href={run.link} target="_blank" rel="noreferrer" style={style}>
        {run.text}
      </a>
    ) : (
      <span key={index} style={style}>
        {run.text}
      </span>
    );
  });
}

function chartOption(block: ChartBlock): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 28, bottom: 48 },
    xAxis: { type: 'category', data: block.categories },
    // As Word draws it: a line chart's axis fits the data, a bar chart's starts at 0.
    yAxis: { type: 'value', name: block.unit, scale: block.chart === 'line' },
    series: block.series.map((series) => ({ type: block.chart, name: series.name, data: series.values, connectNulls: false })),
  } as ChartOption;
}

function Table({ block }: { block: TableBlock }) {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  return (
    <figure className="doc-table">
      {block.caption && <figcaption>{block.caption}</figcaption>}
      <table>
        <colgroup>
          {block.columns.map((column, index) => (
            <col key={index} style={{ width: `${(column.width / total) * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((column, index) => (
              <th key={index} style={{ textAlign: column.align }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className={row.kind && row.kind !== 'body' ? `doc-table__${row.kind}` : undefined} data-testid={row.kind === 'total' ? 'doc-table-total' : undefined}>
              {row.cells.map((cell, index) => (
                <td key={index} style={{ textAlign: block.columns[index]?.align }}>
                  <Runs runs={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Block({ block, headings, jump }: { block: DocBlock; headings: Array<Extract<DocBlock, { kind: 'heading' }>>; jump: (anchor: string) => void }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${block.level + 1}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag className={`doc-heading doc-heading--${block.level}`} data-anchor={block.anchor} data-testid="doc-heading">
          {block.text}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={`doc-paragraph doc-paragraph--${block.style ?? 'body'}`} style={{ textAlign: block.align }}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="doc-list">
          {block.items.map((item, index) => (
            <li key={index}>
              <Runs runs={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return <Table block={block} />;
    case 'chart':
      return (
        <figure className="doc-chart">
          <figcaption>{block.title}</figcaption>
          <EChart option={chartOption(block)} height={260} testId="doc-chart" />
        </figure>
      );
    case 'toc':
      return (
        <nav className="doc-toc" data-testid="doc-toc">
          <h2 className="doc-toc__title">{block.title}</h2>
          {headings.map((heading, index) => (
            <button key={index} type="button" className="doc-toc__entry" onClick={() => heading.anchor && jump(heading.anchor)}>
              {heading.text}
            </button>
          ))}
        </nav>
      );
    case 'pageBreak':
      return null;
  }
}

/** The blocks cut into sheets at each page break. */
function sheetsOf(blocks: readonly DocBlock[]): DocBlock[][] {
  const sheets: DocBlock[][] = [[]];
  for (const block of blocks) {
    if (block.kind === 'pageBreak') sheets.push([]);
    else sheets.at(-1)!.push(block);
  }
  return sheets.filter((sheet) => sheet.length > 0);
}

interface DocPreviewProps {
  model: DocModel;
  testId?: string;
}

/** A document model as white A4-like sheets: cover, contents, headings, paragraphs, lists, tables and charts. */
export function DocPreview({ model, testId = 'doc-preview' }: DocPreviewProps) {
  const holder = useRef<HTMLDivElement>(null);
  const headings = useMemo(() => model.blocks.filter((block): block is Extract<DocBlock, { kind: 'heading' }> => block.kind === 'heading' && block.level === 1), [model]);
  const sheets = useMemo(() => sheetsOf(model.blocks), [model]);
  // The contents jump inside the preview; an #anchor link would change the app's hash route.
  const jump = (anchor: string) => holder.current?.querySelector(`[data-anchor="${CSS.escape(anchor)}"]`)?.scrollIntoView({ block: 'start' });

  return (
    <div className="doc-preview" ref={holder} data-testid={testId} lang={model.locale}>
      {model.cover && (
        <section className="doc-sheet doc-cover" data-testid="doc-cover">
          <h1 className="doc-cover__title">{model.cover.title}</h1>
          <div className="doc-cover__subtitle">{model.cover.subtitle}</div>
          <dl className="doc-cover__lines">
            {model.cover.lines.map((line, index) => (
              <Fragment key={index}>
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}
      {sheets.map((sheet, index) => (
        <section key={index} className="doc-sheet">
          {model.header && <div className="doc-sheet__header">{model.header}</div>}
          {sheet.map((block, blockIndex) => (
            <Block key={blockIndex} block={block} headings={headings} jump={jump} />
          ))}
        </section>
      ))}
    </div>
  );
}
