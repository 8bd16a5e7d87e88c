import type { Qualifier } from '../schema/index.js';

/** How a number's qualifier is written before the figure. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than',
  'less-than': 'less than',
  about: 'about',
  nearly: 'nearly',
  'at-least': 'at least',
  'at-most': 'at most',
  'up-to': 'up to',
  some: 'some',
};

export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Speaker mentions that name no one on their own. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'that', 'who']);
