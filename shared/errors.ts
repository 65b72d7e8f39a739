// Errors a person can act on: a stable code, the message in Thai and English, and where it happened.

export type Where = {
  /** 1-based row of a spreadsheet or a list. */
  row?: number;
  /** A column header or a form field's label key. */
  column?: string;
  field?: string;
};

export type UserMessage = { th: string; en: string };

export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
  constructor(
    readonly code: string,
    readonly text: UserMessage,
    readonly where: Where = {},
  ) {
    super(`${code}: ${text.en}`);
  }
}

export function isUserFacingError(value: unknown): value is UserFacingError {
  return value instanceof UserFacingError;
}

/** Picks the message in the app's language, falling back to Thai. */
export function messageIn(text: UserMessage, language: string): string {
  return language.startsWith('en') ? text.en : text.th;
}
