// The Thai and English text of this area, merged into the app's catalogue under `volunteers`.

export const th = {
  volunteers: {},
};

export const en: typeof th = {
  volunteers: {},
};
