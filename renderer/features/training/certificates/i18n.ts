// The Thai and English text of certificates, merged into the app's catalogue under `certificates`.

export const th = {
  certificates: {},
};

export const en: typeof th = {
  certificates: {},
};
