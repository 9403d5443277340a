import type { CSSProperties, ReactNode } from 'react';
import type { DocMark, DocNode } from '../../../src-shared/domain/articles/doc';
import { resolveAssetUrl } from '../../lib/assets';
import './library.css';

// A read-only rendering of a template or block, close to how the body reads: enough to pick one,
// not the WeChat renderer (that is the copy's job).

function withMarks(text: string, marks: readonly DocMark[] = []): ReactNode {
  return marks.reduce<ReactNode>((inner, mark) => {
    if (mark.type === 'bold') return <strong>{inner}</strong>;
    if (mark.type === 'italic') return <em>{inner}</em>;
    if (mark.type === 'underline') return <u>{inner}</u>;
    if (mark.type === 'strike') return <s>{inner}</s>;
    if (mark.type === 'link') return <span className="library-doc-link">{inner}</span>;
    return inner;
  }, text);
}

const alignOf = (node: DocNode): CSSProperties | undefined => {
  const align = node.attrs?.textAlign;
  return align === 'center' || align === 'right' ? { textAlign: align } : undefined;
};

function Node({ node }: { node: DocNode }): ReactNode {
  const children = (node.content ?? []).map((child, i) => <Node key={i} node={child} />);
  switch (node.type) {
    case 'text':
      return withMarks(node.text ?? '', node.marks);
    case 'hardBreak':
      return <br />;
    case 'paragraph':
      return <p style={alignOf(node)}>{children}</p>;
    case 'heading':
      return node.attrs?.level === 1 ? <h3 style={alignOf(node)}>{children}</h3> : <h4 style={alignOf(node)}>{children}</h4>;
    case 'bulletList':
      return <ul>{children}</ul>;
    case 'orderedList':
      return <ol>{children}</ol>;
    case 'listItem':
      return <li>{children}</li>;
    case 'blockquote':
      return <blockquote>{children}</blockquote>;
    case 'horizontalRule':
      return <hr />;
    case 'image': {
      const src = resolveAssetUrl(String(node.attrs?.src ?? ''));
      return src ? <img src={src} alt={String(node.attrs?.alt ?? '')} /> : null;
    }
    default:
      return <>{children}</>;
  }
}

/** The document of a template or block, as the body would read it. */
export function DocPreview({ doc, testId }: { doc: DocNode; testId?: string }) {
  return (
    <div className="library-doc" data-testid={testId}>
      <Node node={doc} />
    </div>
  );
}
