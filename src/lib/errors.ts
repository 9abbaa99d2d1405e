/**
 * The one error type. `code` is stable and doubles as the i18n key of the message shown
 * to people (messages catalog `errors.<code>`).
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    /** Per-field problems, `field -> message`, for forms and JSON clients. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** What a caller may not see is answered as "not found", never "forbidden". */
export const notFound = (what = 'page') => new AppError(404, 'not_found', `The ${what} was not found.`);
