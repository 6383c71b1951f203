// The one localStorage key a reader's practice lives under (the value carries its version), in a
// module of its own so that a page's first script can look for practice without loading the rest.

export const PRACTICE_STORAGE_KEY = 'behavioral-question-bank:practice';
