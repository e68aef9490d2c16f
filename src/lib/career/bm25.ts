/**
 * Okapi BM25, the ranking most search engines start from: a document scores for each query term
 * it contains, more for rare terms (inverse document frequency), with diminishing returns for
 * repeats (k1) and a discount for long documents (b). Small enough to read, and every score
 * can be explained term by term, which is what a coverage report needs to show its evidence.
 */

export interface Bm25Options {
  /** How quickly repeats of a term stop adding to the score. Default: 1.2. */
  k1?: number;
  /** How much a long document is discounted, from 0 (not at all) to 1. Default: 0.75. */
  b?: number;
}

export interface Bm25Document {
  id: string;
  terms: readonly string[];
}

export interface Bm25Match {
  id: string;
  score: number;
  /** The query terms the document contains, each with its share of the score, largest first. */
  terms: { term: string; score: number }[];
}

export interface Bm25Index {
  /**
   * Documents containing at least one query term, best first; ties in id order, so results never
   * shuffle. A term repeated in the query counts that many times: what a posting asks for
   * repeatedly matters more.
   */
  search(query: readonly string[]): Bm25Match[];
  /** Inverse document frequency of a term: high for rare terms, near zero for common ones. */
  idf(term: string): number;
  /** How many documents contain the term. */
  documentFrequency(term: string): number;
}

export function bm25Index(documents: readonly Bm25Document[], options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const counts = documents.map((document) => {
    const frequencies = new Map<string, number>();
    for (const term of document.terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    return { id: document.id, length: document.terms.length, frequencies };
  });
  const averageLength = counts.reduce((sum, document) => sum + document.length, 0) / Math.max(1, counts.length);
  const documentFrequencies = new Map<string, number>();
  for (const document of counts) {
    for (const term of document.frequencies.keys()) documentFrequencies.set(term, (documentFrequencies.get(term) ?? 0) + 1);
  }
  const documentFrequency = (term: string) => documentFrequencies.get(term) ?? 0;
  // The "plus one" form keeps every idf positive, so a term found in most documents still counts a little.
  const idf = (term: string) => {
    const n = documentFrequency(term);
    return Math.log(1 + (counts.length - n + 0.5) / (n + 0.5));
  };

  return {
    idf,
    documentFrequency,
    search(query) {
      const queryCounts = new Map<string, number>();
      for (const term of query) queryCounts.set(term, (queryCounts.get(term) ?? 0) + 1);
      const terms = [...queryCounts.keys()].sort();
      const matches: Bm25Match[] = [];
      for (const document of counts) {
        const lengthNorm = averageLength > 0 ? 1 - b + (b * document.length) / averageLength : 1;
        const matched: { term: string; score: number }[] = [];
        for (const term of terms) {
          const frequency = document.frequencies.get(term);
          if (!frequency) continue;
          matched.push({ term, score: (queryCounts.get(term)! * idf(term) * frequency * (k1 + 1)) / (frequency + k1 * lengthNorm) });
        }
        if (matched.length === 0) continue;
        const score = matched.reduce((sum, item) => sum + item.score, 0);
        matched.sort((x, y) => y.score - x.score || x.term.localeCompare(y.term));
        matches.push({ id: document.id, score, terms: matched });
      }
      return matches.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
    },
  };
}
