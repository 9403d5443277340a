import * as Y from 'yjs';
import { expect, it } from 'vitest';
import { docFromYDoc, updateFromDoc } from '../../../src-main/services/articles/yjs-doc';
it('roundtrips', () => {
  const doc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: '标题' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: '你好' }, { type: 'text', text: '粗体', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://a.cn' } }] }, { type: 'hardBreak' }, { type: 'text', text: '尾' }],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '项' }] }] }] },
      { type: 'image', attrs: { src: 'asset:abc' } },
    ],
  };
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, updateFromDoc(doc as never));
  expect(docFromYDoc(ydoc)).toEqual(doc);
});
