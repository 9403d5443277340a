import { Document, Packer, Paragraph } from 'docx';
import type { DocModel } from '../../src-shared/contract/doc-model';

/** The document model as .docx bytes (first cut: headings and paragraphs only). */
export async function writeDocx(model: DocModel): Promise<Uint8Array> {
  const children = model.blocks.flatMap((block) => (block.kind === 'heading' ? [new Paragraph({ text: block.text })] : []));
  const doc = new Document({ title: model.meta.title, creator: model.meta.author, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
