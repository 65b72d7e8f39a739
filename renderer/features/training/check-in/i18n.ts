// The Thai and English text of check-in at the venue, merged into the app's catalogue under `checkIn`.

export const th = {
  checkIn: {},
};

export const en: typeof th = {
  checkIn: {},
};
