// Characters a question may not hold, wherever it comes from: an imported document or a hand-written file.

/**
 * C0 and C1 controls but tab and line ends, DEL, the bidi embeddings, overrides, isolates and
 * marks that make text read differently from what it says, and U+FFFD, the trace of a document
 * decoded wrongly before it was saved.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/u;

/** Why `text` may not be in a question (its first forbidden character), or undefined. */
export function forbiddenCharacter(text: string): string | undefined {
  const found = FORBIDDEN.exec(text)?.[0];
  if (found === undefined) return undefined;
  if (found === '\ufffd') return 'the replacement character U+FFFD (the document was decoded wrongly before it was saved) is not allowed in a question; remove it';
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `the invisible control character ${code} is not allowed in a question; remove it`;
}
