// A failure as a person reads it, in the app's language.
import { isUserFacingError, messageIn } from '@shared/errors';

export function failureText(error: unknown, language: string): string {
  return isUserFacingError(error) ? messageIn(error.text, language) : String(error);
}
