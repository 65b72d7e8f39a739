// Problems of the training rules as a form's errors (by field path) and as the summary's lines.
import { isUserFacingError, messageIn, type UserMessage } from '@shared/errors';

type Problem = UserMessage & { field: string };

/** One error per field path, in the app's language, as Mantine's form takes them. */
export function formErrorsOf(problems: readonly Problem[], language: string) {
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.field] ??= messageIn(p, language);
  return errors;
}

/** A refusal from the database layer as a summary line and, when it names one, its field. */
export function refusalOf(error: unknown, language: string): { message: string; field?: string } {
  if (!isUserFacingError(error)) return { message: String(error) };
  const message = messageIn(error.text, language);
  return error.where.field ? { message, field: error.where.field } : { message };
}
