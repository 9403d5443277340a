import type { ApiIssue, ErrorCode } from '../../src-shared/contract/define';

/** An error a service raises on purpose; its code and message reach the UI in the envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', `${what} ${id} not found`);
}
