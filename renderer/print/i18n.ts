// The Thai and English text of this area, merged into the app's catalogue under `print`.

export const th = {
  print: {},
};

export const en: typeof th = {
  print: {},
};
