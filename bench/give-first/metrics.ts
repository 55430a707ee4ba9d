/** nDCG@k with graded relevance (2, 1, 0): gain 2^rel - 1, log2 discount. */
export function ndcgAt(k: number, ranked: readonly string[], relevant: Record<string, number>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked.slice(0, k).reduce((sum, id, index) => sum + gain(relevant[id] ?? 0) / Math.log2(index + 2), 0);
  const ideal = Object.values(relevant)
    .sort((x, y) => y - x)
    .slice(0, k)
    .reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the top k that is relevant at all (grade 1 or 2). */
export function precisionAt(k: number, ranked: readonly string[], relevant: Record<string, number>): number {
  return ranked.slice(0, k).filter((id) => (relevant[id] ?? 0) > 0).length / k;
}
