import { z } from 'zod';

// The document model of the exported documents (the marketing plan, HQ's report): plain data
// that src-docs composes from a workspace's figures and writes as .docx and Markdown, and that
// the renderer draws as the preview, so what the operator sees is what the boss gets. It is
// declared here, with the API's schemas, because the preview and the recorded exports travel
// through the contract; the composers and writers live in src-docs.

/** A run of text in a paragraph, list item or table cell. */
export const DocRun = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** RRGGBB, no '#'. */
  color: z.string().optional(),
  /** An http(s) address. */
  link: z.string().optional(),
});
export type DocRun = z.infer<typeof DocRun>;

export const DocAlign = z.enum(['left', 'center', 'right']);
export type DocAlign = z.infer<typeof DocAlign>;

export const DocTableColumn = z.object({
  title: z.string(),
  /** A relative width: the writers share the page's text width in proportion. */
  width: z.number().positive(),
  align: DocAlign.optional(),
});
export type DocTableColumn = z.infer<typeof DocTableColumn>;

export const DocTableRow = z.object({
  cells: z.array(z.array(DocRun)),
  /** subtotal / total rows are bold and shaded; important rows carry a mark the writer shows. */
  kind: z.enum(['body', 'subtotal', 'total']).optional(),
});
export type DocTableRow = z.infer<typeof DocTableRow>;

export const DocChartSeries = z.object({ name: z.string(), values: z.array(z.number().nullable()) });
export type DocChartSeries = z.infer<typeof DocChartSeries>;

export const DocBlock = z.discriminatedUnion('kind', [
  /** Level 1 = a section (listed in the contents), 2–3 inside it. `anchor` is the contents' link target. */
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string(), anchor: z.string().optional() }),
  z.object({ kind: z.literal('paragraph'), runs: z.array(DocRun), align: DocAlign.optional(), style: z.enum(['body', 'note', 'empty']).optional() }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(DocRun)) }),
  /** The header row repeats on every page the table spans. `empty` replaces a table without rows. */
  z.object({ kind: z.literal('table'), columns: z.array(DocTableColumn).min(1), rows: z.array(DocTableRow), caption: z.string().optional() }),
  /** A chart the .docx holds as a native Word chart and the preview draws; categories × series. */
  z.object({
    kind: z.literal('chart'),
    chart: z.enum(['line', 'bar']),
    title: z.string(),
    categories: z.array(z.string()),
    series: z.array(DocChartSeries),
    /** The values' unit, shown on the axis ('人', '元' …). */
    unit: z.string().optional(),
  }),
  /** The contents: the level-1 headings after it, written in (no field to update). */
  z.object({ kind: z.literal('toc'), title: z.string() }),
  z.object({ kind: z.literal('pageBreak') }),
]);
export type DocBlock = z.infer<typeof DocBlock>;

export const DocCover = z.object({
  title: z.string(),
  subtitle: z.string(),
  /** label → value lines under the title: 编制单位, 编制人, 日期 … */
  lines: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type DocCover = z.infer<typeof DocCover>;

export const DocModel = z.object({
  /** zh-CN or en: the writers' own words (the footer's 第 X 页 共 Y 页) follow it. */
  locale: z.enum(['zh-CN', 'en']),
  /** The file's properties (title, author, subject). */
  meta: z.object({ title: z.string(), author: z.string(), subject: z.string() }),
  cover: DocCover.nullable(),
  /** The running header's text ('' for none). */
  header: z.string(),
  blocks: z.array(DocBlock),
});
export type DocModel = z.infer<typeof DocModel>;
