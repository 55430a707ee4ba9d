/**
 * A note of several lines, shown inline after other details: its lines joined with " · ",
 * as HTML would otherwise run them together ("…at Klarna Needs: a Rust hire").
 */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' · ');
}
