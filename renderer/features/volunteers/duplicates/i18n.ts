// The Thai and English text of this area, merged into the app's catalogue under `duplicates`.

export const th = {
  duplicates: {},
};

export const en: typeof th = {
  duplicates: {},
};
