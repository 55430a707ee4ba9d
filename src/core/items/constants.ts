/**
 * Whether pasted text is a web page's source (it starts as an HTML document does), to be
 * read as a page: its title, article text and job fields, not its markup. Apart from the
 * item schema (zod-free), so the web UI can ask it too.
 */
export function isHtmlDocument(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}
