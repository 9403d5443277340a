import type { DocModel } from '../../src-shared/contract/doc-model';

/** The document model as Markdown (first cut: headings only). */
export function writeMarkdown(model: DocModel): string {
  return model.blocks.flatMap((block) => (block.kind === 'heading' ? [`${'#'.repeat(block.level)} ${block.text}`, ''] : [])).join('\n');
}
