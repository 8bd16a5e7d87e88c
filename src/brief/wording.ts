import { QUALIFIER_PHRASE } from '../schema/index.js';

/** How a number's qualifier is written before the figure. */
export const QUALIFIER_WORDS = QUALIFIER_PHRASE;

export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Speaker mentions that name no one on their own. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'that', 'who']);
