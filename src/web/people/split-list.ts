/** "a, b,\nc" → ["a", "b", "c"]: how the forms take lists of topics, tags or emails. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
