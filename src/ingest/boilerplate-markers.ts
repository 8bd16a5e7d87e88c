/**
 * Word lists that mark boilerplate: lines that are never article content. Kept as data so they
 * can grow without touching the cleaning logic.
 */

/** News agencies and picture desks that appear in credits. */
const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|Getty Images?|EPA(?:-EFE)?|Bloomberg|Shutterstock|Xinhua|Anadolu(?: Agency)?|TASS|Sputnik|Pool|PA(?: Media| Wire)?|Alamy|NurPhoto|SOPA Images|LightRocket|Yonhap|Kyodo|DPA|dpa|UPI|ANSA|EFE|PTI|IANS|NYTIMES|[A-Z]{2,6})`;

/**
 * A line matching one of these is dropped on its own: rule name, pattern, and optionally a cheap
 * pattern that must match first (the unanchored ones are costly on every line).
 */
export const BOILERPLATE_LINE: Array<[string, RegExp, RegExp?]> = [
  ['byline', /^[Bb]y\s+[\p{Lu}][\p{L}.'’/-]*(\s+(and\s+)?[\p{Lu}][\p{L}.'’/-]*){0,4}(,?\s+(and|[Ff]or|[Ii]n|of|the|[Ss]taff|[Ss]enior|[Cc]hief|[Pp]olitical|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[\p{Lu}][\p{L}.'’-]*)){0,6}$/u],
  // Editor's notes, corrections and update notices about the article, not part of the story.
  ['editor-note', /^(editor['’]?s['’]?\s+note|editors['’]\s+note|note to (our )?readers|corrections?|clarifications?|correction appended)\s*[:.—–-]/i, /^(edit|note|correc|clarif)/i],
  ['editor-note', /^((this|an earlier|a previous|the original) (version of this )?(story|article|report|post|piece) (has been|was|is) (updated|corrected|amended|changed|revised)|an earlier version of this (story|article|report|post|piece)|a previous version of this (story|article|report|post|piece))\b/i],
  // Social sharing: a line of network names, or "Share this with ..." labels.
  ['social-share', /^((share|tweet|post|email|send)( this)?( (story|article|page|link))?( (on|with|via|to))?\s*:?\s*)?((facebook|twitter|x|whatsapp|linkedin|email|e-mail|messenger|pinterest|reddit|telegram|flipboard|copy link|print)\s*[|·•,/]?\s*){2,}$/i],
  // Promo labels: whole short lines, or a label before a colon; a sentence that merely starts
  // with the same words ("Advertisement spending rose") is kept.
  ['promo', /^(advertisement|story continues below( this)? advertisement|share this( article| story| page)?|copy link|most (read|popular)|more on this story|related( stories| articles| topics| content)?|continue reading|skip to (main )?content|listen to this article|download (the|our) app|see more on|follow topics?|remind me later|click here( to [\w ]{1,40})?|read more( here)?|read the rest( here)?|(sign up|subscribe)( now| today| here)?|comments?|print|email|tweet|share)\s*[:.!]?$/i],
  ['promo', /^(read more|related|watch|listen|see also|follow( us)?( on \w+)?|share( on \w+)?|sign up( now| today| here)?|subscribe( now| today| here)?|download|most read)\s*:/i],
  ['promo', /^((sign up|subscribe) (to|for) (our|the|my)\b|follow (him|her|them|me|us) on\b|(get|enter) (our|the|your) [\w' ]{0,30}(newsletter|email)\b|you can (hear|read|watch|listen to|see) more\b|already a subscriber\b|log ?in to (read|continue|comment)\b)[^.!?]{0,120}[.!?]?$/i],
  // Cookie banners; privacy and terms links only as a line of links, since stories cite them too.
  ['consent', /\b(we (and our partners )?use cookies|use of cookies|cookie (policy|settings|preferences|notice)|accept (all )?cookies|manage (your )?(cookie|consent|privacy) (settings|preferences|choices))\b/i, /cookie|consent|privacy/i],
  ['consent', /^((privacy policy|terms of (use|service)|cookie policy|manage (cookies|consent|preferences)|consent preferences|do not sell my (personal )?information|contact us|about us)\s*[.|·•-]?\s*)+$/i],
  ['photo-credit', /^((photo|photograph|image|picture|video|graphic|credit|caption)s?\s*:|(image source|image caption|media caption|getty images|photo credit)\s*[:,])/i],
  ['photo-credit', new RegExp(String.raw`^[\p{Lu}][\p{L}.'’ -]{1,60}\s*\/\s*${AGENCY}(\s+(photo|via [\w ]+))?\.?$`, 'u')],
  ['photo-credit', /^(\(|\[)?(photo|image|file photo|pictured|illustration)\b.*(\)|\])$/i],
  ['photo-credit', new RegExp(String.raw`^(\(|\[)?${AGENCY}( photo)?(\)|\])?$`)],
  ['copyright', /^(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}))/i],
  ['copyright', /^all rights reserved/i],
];

/** A caption that ends with its photographer's credit: "Soldiers march ... 2018. Name Name / AP". */
export const CAPTION_WITH_CREDIT = new RegExp(String.raw`[.!?]\s+[\p{Lu}][\p{L}.'’-]+(\s[\p{Lu}][\p{L}.'’-]+){0,3}\s*\/\s*${AGENCY}\.?$`, 'u');

/** A caption line that names the picture: "Video released by ... showing ..." without a full stop. */
export const CAPTION_START = /^(video|footage|photo|photograph|image|picture|pictured|file photo)s?\b/i;

/** A line matching one of these starts an appeal or promo block that runs to the end of the article. */
export const APPEAL_START: RegExp[] = [
  /^a message from\b/i,
  /^dear (readers?|friends?|subscribers?)\b/i,
  /^(please )?(support|donate to|help fund)\b.*\b(journalism|reporting|newsroom|us)\b/i,
  /^(if you (value|enjoyed|like|appreciate)|before you go|we need your help|become a (member|subscriber|supporter)|thank you for reading)\b/i,
];

/** Words typical of an appeal: a block is only treated as one if it is dense in them. */
export const APPEAL_WORDS = /\b(support|donat\w*|contribut\w*|subscri\w*|journalism|independent|readers?|monthly|member(ship)?|newsletter|thank you)\b/gi;

/** Agency credits glued to the end of a paragraph ("... he said on X. REUTERS", "... - AFP"). */
export const TRAILING_AGENCY_CREDIT =
  /(?<=[.!?"”’])\s+([-–—]\s*)?(\(?(REUTERS|AP|AFP|BLOOMBERG|XINHUA|TASS|UPI|DPA|ANSA|EFE|PTI|IANS|NYTIMES|WASHINGTON POST|AFP, REUTERS)\)?)(\s*[,/]\s*\(?(REUTERS|AP|AFP|BLOOMBERG|XINHUA|NYTIMES)\)?)*\s*$/;

/** A dateline before the first sentence: "BRUSSELS - ", "KYIV, Ukraine (AP) — ". */
export const DATELINE = /^(?:[\p{Lu}][\p{Lu} .'’-]{2,30}(,\s*[\p{L}\p{N} .]{2,30})?\s*(\((AP|AFP|Reuters|REUTERS|Bloomberg|UPI|CNN|AP Photo|dpa|DPA|Xinhua|TASS|Yonhap|Kyodo|IANS|PTI)\)\s*)?|\((AP|AFP|Reuters|REUTERS|Bloomberg|UPI|CNN)\)\s*)[-–—]{1,2}\s+(?=[\p{Lu}"“])/u;
