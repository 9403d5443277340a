import type { DiffPart } from '../../src-shared/domain/articles/text-diff';
import './text-diff.css';

/** Lines of unchanged text kept on each side of a change when folding. */
const CONTEXT_LINES = 2;

/**
 * An unchanged stretch with more than twice CONTEXT_LINES lines, as the lines kept before and after
 * the fold and how many are folded; undefined when it is short enough to show whole.
 */
function fold(text: string, first: boolean, last: boolean): { head: string; tail: string; hidden: number } | undefined {
  const lines = text.split('\n');
  const head = first ? 0 : CONTEXT_LINES + 1;
  const tail = last ? 0 : CONTEXT_LINES + 1;
  const hidden = lines.length - head - tail;
  if (hidden < 3) return undefined;
  return { head: lines.slice(0, head).join('\n'), tail: lines.slice(lines.length - tail).join('\n'), hidden };
}

interface TextDiffProps {
  parts: readonly DiffPart[];
  className?: string;
  testId?: string;
  /** Folds long unchanged stretches to a line saying how many lines it hides (a long document's one change stays in view). */
  foldLabel?: (lines: number) => string;
}

/** A text diff (text-diff.ts) as read: added text green, removed text red and struck through, the rest as it was. */
export function TextDiff({ parts, className, testId, foldLabel }: TextDiffProps) {
  return (
    <div className={className ? `text-diff ${className}` : 'text-diff'} data-testid={testId}>
      {parts.map((part, index) => {
        if (part.kind === 'added') {
          return (
            <ins key={index} data-testid="diff-added">
              {part.text}
            </ins>
          );
        }
        if (part.kind === 'removed') {
          return (
            <del key={index} data-testid="diff-removed">
              {part.text}
            </del>
          );
        }
        const folded = foldLabel && fold(part.text, index === 0, index === parts.length - 1);
        if (!folded) return <span key={index}>{part.text}</span>;
        return (
          <span key={index}>
            {folded.head}
            {folded.head && '\n'}
            <span className="text-diff__fold" data-testid="diff-folded">
              {foldLabel(folded.hidden)}
            </span>
            {folded.tail && '\n'}
            {folded.tail}
          </span>
        );
      })}
    </div>
  );
}
