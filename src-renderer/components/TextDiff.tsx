import type { DiffPart } from '../../src-shared/domain/articles/text-diff';
import './text-diff.css';

/** A text diff (text-diff.ts) as read: added text green, removed text red and struck through, the rest as it was. */
export function TextDiff({ parts, className, testId }: { parts: readonly DiffPart[]; className?: string; testId?: string }) {
  return (
    <div className={className ? `text-diff ${className}` : 'text-diff'} data-testid={testId}>
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} data-testid="diff-added">
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} data-testid="diff-removed">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
