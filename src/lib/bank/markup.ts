// Text put into HTML or XML that the bank writes itself, outside Astro's templates.

/** `text` as element content or a double-quoted attribute value: it reads back as written. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
