// Why the key store cannot keep or open this installation's secret keys, and what a person can do.
import { UserFacingError } from '../../shared/errors';

/**
 * A refusal when the operating system's keystore cannot seal the keys, or null when it can. On Linux
 * without a keyring, Electron falls back to 'basic_text': a fixed password anyone can read in
 * Chromium's source, which would leave the keys as good as unsealed.
 */
export function keystoreRefusal(isAvailable: boolean, backend: string): UserFacingError | null {
  if (!isAvailable) {
    return new UserFacingError('keys.keystore-unavailable', {
      th:
        'ที่เก็บกุญแจของระบบปฏิบัติการใช้งานไม่ได้ โปรแกรมจึงเก็บหรือเปิดกุญแจลับของเครื่องนี้อย่างปลอดภัยไม่ได้ และไม่ได้เปลี่ยนแปลงอะไร ' +
        'โปรดเข้าสู่ระบบเครื่องด้วยบัญชีผู้ใช้ของท่านเอง (ไม่ใช่บัญชีชั่วคราวหรือผู้เยี่ยมชม) แล้วลองอีกครั้ง ' +
        'บน Linux ให้ติดตั้งและปลดล็อก GNOME Keyring หรือ KWallet ก่อน',
      en:
        "The operating system's keystore is not available, so this installation's secret keys cannot be kept or opened safely; nothing was changed. " +
        'Sign in to the computer with your own user account (not a guest or temporary one) and try again. ' +
        'On Linux, install and unlock GNOME Keyring or KWallet first.',
    });
  }
  if (backend === 'basic_text') {
    return new UserFacingError('keys.keystore-basic-text', {
      th:
        'เครื่อง Linux นี้ไม่มีพวงกุญแจ (GNOME Keyring หรือ KWallet) ทำงานอยู่ หากเก็บกุญแจลับตอนนี้ กุญแจจะถูกปิดด้วยรหัสผ่านตายตัวที่ใครก็รู้ ' +
        'โปรแกรมจึงไม่เก็บและไม่เปิดกุญแจลับ และไม่ได้เปลี่ยนแปลงอะไร ' +
        'โปรดติดตั้ง GNOME Keyring (แพ็กเกจ gnome-keyring) หรือ KWallet ออกจากระบบแล้วเข้าใหม่ ปลดล็อกพวงกุญแจ แล้วเปิดโปรแกรมอีกครั้ง',
      en:
        'No keyring (GNOME Keyring or KWallet) is running on this Linux computer. Secret keys kept now would be sealed with a fixed password anyone can know, ' +
        'so the app neither keeps nor opens them, and nothing was changed. ' +
        'Install GNOME Keyring (the gnome-keyring package) or KWallet, sign out and in again, unlock the keyring, then start the app again.',
    });
  }
  return null;
}

export function unsealFailed(): UserFacingError {
  return new UserFacingError('keys.unseal-failed', {
    th:
      'ที่เก็บกุญแจของระบบปฏิบัติการเปิดกุญแจลับของเครื่องนี้ไม่ได้ อาจเพราะเข้าสู่ระบบด้วยบัญชีผู้ใช้อื่น หรือพวงกุญแจถูกล็อกหรือถูกตั้งใหม่ ' +
      'โปรดเข้าสู่ระบบด้วยบัญชีที่ใช้ตั้งค่าโปรแกรมและปลดล็อกพวงกุญแจ หรือกู้คืนกุญแจจากสำเนาที่สำรองไว้',
    en:
      "The operating system's keystore could not open this installation's secret keys: perhaps another user account is signed in, or the keyring is locked or was reset. " +
      'Sign in with the account that set up the app and unlock the keyring, or restore the keys from a key backup.',
  });
}

export function storeDamaged(filePath: string): UserFacingError {
  return new UserFacingError(
    'keys.store-damaged',
    {
      th:
        `แฟ้มที่เก็บกุญแจของเครื่องนี้ (${filePath}) เสียหายหรือถูกแก้ไข จึงใช้กุญแจไม่ได้ ` +
        'โปรดกู้คืนกุญแจจากสำเนาที่สำรองไว้ หรือสร้างกุญแจใหม่แทนที่ แล้วลงทะเบียนกุญแจใหม่กับกรม',
      en:
        `The file that holds this installation's keys (${filePath}) is damaged or was altered, so the keys cannot be used. ` +
        'Restore the keys from a key backup, or create new keys in their place and enrol them with the department again.',
    },
    { field: filePath },
  );
}
