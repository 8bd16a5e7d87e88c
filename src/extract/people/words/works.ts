/**
 * Lower-case nouns right before a capitalized run that make it the title of a work or the name of
 * a ship, not a person ("the film Jane Roe", "courtroom drama Ada Roe", "the liner Queen
 * Mab"). Nouns that are also common verbs ("show", "play", "book", "painting") are left out.
 */
export const WORK_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'film', 'movie', 'drama', 'comedy', 'thriller', 'musical', 'opera', 'sitcom', 'documentary', 'docudrama', 'album',
  'song', 'novel', 'tale', 'fable', 'programme', 'series', 'cartoon', 'biopic', 'remake', 'sequel', 'prequel',
  'blockbuster', 'franchise', 'trilogy', 'saga', 'miniseries', 'videogame', 'poem', 'ballet', 'liner',
  'ship', 'vessel', 'yacht', 'ferry', 'tanker', 'warship', 'frigate', 'destroyer', 'submarine', 'character', 'superhero',
  'band', 'single', 'track', 'anthem',
]);

/**
 * Lower-case nouns right after a capitalized run that make it a title ("the Star Quest series").
 * After a person's name they mean a work by the person ("the Dorran films"), so they count
 * only for a run that starts with no given name.
 */
export const WORK_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'series', 'franchise', 'films', 'movies', 'books', 'novels', 'saga', 'trilogy', 'sequel', 'sequels', 'soundtrack',
  'musical', 'sitcom', 'episode', 'episodes',
]);
