// The Thai and English text of this area, merged into the app's catalogue under `volunteerImport`.

export const th = {
  volunteerImport: {},
};

export const en: typeof th = {
  volunteerImport: {},
};
