/**
 * Very common English function words. Running English text has roughly a third to a half of its
 * words in this list; other languages (even in Latin script) have very few.
 */
export const ENGLISH_STOP_WORDS = new Set([
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can', 'could', 'did',
  'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'more', 'not',
  'of', 'on', 'one', 'or', 'our', 'out', 'over', 'said', 'says', 'she', 'so', 'than', 'that', 'the', 'their', 'them', 'there',
  'they', 'this', 'to', 'up', 'was', 'we', 'were', 'what', 'when', 'which', 'who', 'will', 'with', 'would', 'you',
]);
