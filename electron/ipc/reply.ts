// What crosses back to the renderer: the result, or a failure a person can read; never a stack trace.
import type { UserMessage, Where } from '../../shared/errors';
import { UserFacingError, isUserFacingError } from '../../shared/errors';
import type { HostChannel, HostResult } from '../../shared/host';
import { HostArgumentError } from '../../shared/host';

/** The plain fields of a UserFacingError, which survive structured cloning where a class does not. */
export type HostFailure = {
  name: 'UserFacingError';
  code: string;
  message: string;
  text: UserMessage;
  where: Where;
};

export type HostReply<K extends HostChannel> =
  { ok: true; value: HostResult<K> } | { ok: false; failure: HostFailure };

export function failureFrom(error: UserFacingError): HostFailure {
  return {
    name: 'UserFacingError',
    code: error.code,
    message: error.message,
    text: { th: error.text.th, en: error.text.en },
    where: { ...error.where },
  };
}

/** Any error thrown by a handler, as a failure; what is not meant for the user stays in the log. */
export function failureFor(channel: HostChannel, error: unknown): HostFailure {
  if (isUserFacingError(error)) return failureFrom(error);
  if (error instanceof HostArgumentError) {
    return failureFrom(
      new UserFacingError(
        'host-bad-request',
        {
          th: 'คำขอที่ส่งถึงโปรแกรมมีข้อมูลไม่ถูกต้อง จึงไม่ได้ดำเนินการ',
          en: 'The request to the app was malformed, so nothing was done.',
        },
        { field: channel },
      ),
    );
  }
  console.error(`Host handler for ${channel} failed:`, error);
  return failureFrom(
    new UserFacingError('host-failed', {
      th: 'เกิดข้อผิดพลาดที่ไม่คาดคิด ไม่ได้ดำเนินการ กรุณาลองอีกครั้ง',
      en: 'Something unexpected went wrong and nothing was done. Please try again.',
    }),
  );
}

export const refusedSender = failureFrom(
  new UserFacingError('host-refused-sender', {
    th: 'คำขอนี้ไม่ได้มาจากหน้าของโปรแกรมเอง จึงถูกปฏิเสธ',
    en: 'This request did not come from a page of the app itself, so it was refused.',
  }),
);
