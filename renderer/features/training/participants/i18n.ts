// The Thai and English text of a round's participants, merged into the app's catalogue under `participants`.

export const th = {
  participants: {},
};

export const en: typeof th = {
  participants: {},
};
