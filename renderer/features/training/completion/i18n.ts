// The Thai and English text of completion and the round's report, merged into the app's catalogue under `completion`.

export const th = {
  completion: {},
};

export const en: typeof th = {
  completion: {},
};
