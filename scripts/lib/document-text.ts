// A document's bytes as text the bank can hold: decoded strictly (UTF-8, or UTF-16 with its BOM),
// and free of the invisible characters that hide or reorder what a reader sees.
import { forbiddenCharacter } from '../../src/lib/bank/characters.ts';

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

/** Throws at the first line holding a character a question may not hold. */
export function checkCharacters(text: string): void {
  text.split(/\r\n|\r|\n/u).forEach((line, index) => {
    const reason = forbiddenCharacter(line);
    if (reason !== undefined) throw new DocumentTextError(index + 1, reason);
  });
}
