/** A highlighted piece of text from the search: `match` parts are the query's occurrences. */
export type HighlightedParts = ReadonlyArray<{ text: string; match: boolean }>;

/** Search text with its matches in <mark>. */
export function Highlighted({ parts, className, testId }: { parts: HighlightedParts; className?: string; testId?: string }) {
  return (
    <span className={className} data-testid={testId}>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
