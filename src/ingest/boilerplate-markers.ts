/**
 * Word lists that mark boilerplate: lines that are never article content. Kept as data so they
 * can grow without touching the cleaning logic.
 */

/** A line matching one of these is dropped on its own. */
export const BOILERPLATE_LINE: RegExp[] = [
  /^(sign up|subscribe|follow us|follow (him|her|them) on|share this|share on|click here|read more|read the rest|related:|advertisement|skip to|remind me later|listen to this article|watch:|download the app)\b/i,
  /\b(we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies|privacy policy|terms of (use|service))\b/i,
  /^(photo|image|picture|video|graphic|credit|caption)s?\s*:/i,
  /^[A-Z][\w.'’ -]{1,60}\s*\/\s*(AP|AFP|Reuters|Getty Images?|EPA|Bloomberg|Shutterstock|Xinhua|Anadolu|TASS|Sputnik|Pool|[A-Z]{2,6})(\s+(photo|via [\w ]+))?\.?$/,
  /^(\(|\[)?(photo|image|file photo)\b.*(\)|\])$/i,
  /^(copyright|©|\(c\))\s/i,
  /^all rights reserved/i,
];

/** A line matching one of these starts an appeal or promo block that runs to the end of the article. */
export const APPEAL_START: RegExp[] = [
  /^a message from\b/i,
  /^dear (readers?|friends?|subscribers?)\b/i,
  /^(please )?(support|donate to|help fund)\b.*\b(journalism|reporting|newsroom|us)\b/i,
  /^(if you (value|enjoyed|like)|before you go|we need your help|become a (member|subscriber|supporter))\b/i,
];

/** Words typical of an appeal: a block is only treated as one if it is dense in them. */
export const APPEAL_WORDS = /\b(support|donat\w*|contribut\w*|subscri\w*|journalism|independent|readers?|monthly|member(ship)?|newsletter|thank you)\b/gi;

/** Agency credits glued to the end of a paragraph ("... he said on X. REUTERS"). */
export const TRAILING_AGENCY_CREDIT = /(?<=[.!?"”’])\s+(\(?(REUTERS|AP|AFP|BLOOMBERG|XINHUA|TASS|UPI|DPA|ANSA|EFE|PTI|IANS)\)?)\s*$/;
