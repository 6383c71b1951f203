// A document's bytes as text the bank can hold: decoded strictly (UTF-8, or UTF-16 with its BOM),
// and free of the invisible characters that hide or reorder what a reader sees.

/** Why a document's text was refused; `line` (1-based) when the message does not say it. */
export class DocumentTextError extends Error {
  readonly line: number | undefined;
  constructor(line: number | undefined, message: string) {
    super(message);
    this.line = line;
  }
}

/** The line (1-based) of the first byte sequence that is not UTF-8. */
function firstBadUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  // Line by line: a newline byte never occurs inside a multi-byte UTF-8 sequence.
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      start = index + 1;
      line += 1;
    }
  }
  return line;
}

/**
 * Decodes a document: UTF-8 with or without a BOM, or UTF-16 (LE or BE) with its BOM. Anything
 * else throws, never decoding to U+FFFD: a Latin-1 file would lose every accented letter.
 */
export function decodeDocument(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  try {
    // TextDecoder drops the BOM of its own encoding (ignoreBOM is false).
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (utf16) throw new DocumentTextError(undefined, `not ${utf16.toUpperCase()}, though it starts with that byte-order mark`);
    throw new DocumentTextError(undefined, `not UTF-8 (line ${firstBadUtf8Line(bytes)}); save it as UTF-8 and import it again`);
  }
}

/**
 * Characters a question may not hold: C0 and C1 controls but tab and line ends, DEL, the bidi
 * embeddings, overrides, isolates and marks that make text read differently from what it says,
 * and U+FFFD, the trace of a document decoded wrongly before it was saved.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/u;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Throws at the first line holding a character a question may not hold. */
export function checkCharacters(text: string): void {
  const lines = text.split(/\r\n|\r|\n/u);
  lines.forEach((line, index) => {
    const found = FORBIDDEN.exec(line)?.[0];
    if (found === undefined) return;
    const what = found === '\ufffd' ? 'the replacement character U+FFFD (the document was decoded wrongly before it was saved)' : `the invisible control character ${codePoint(found)}`;
    throw new DocumentTextError(index + 1, `${what} is not allowed in a question; remove it`);
  });
}
