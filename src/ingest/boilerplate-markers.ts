/**
 * Word lists that mark boilerplate: lines that are never article content. Kept as data so they
 * can grow without touching the cleaning logic.
 */

/** News agencies and picture desks that appear in credits. */
const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|Getty Images?|EPA(?:-EFE)?|Bloomberg|Shutterstock|Xinhua|Anadolu(?: Agency)?|TASS|Sputnik|Pool|PA(?: Media| Wire)?|Alamy|NurPhoto|SOPA Images|LightRocket|Yonhap|Kyodo|DPA|dpa|UPI|ANSA|EFE|PTI|IANS|NYTIMES|[A-Z]{2,6})`;

/** Promos, credits and labels are short: longer lines (paragraphs) skip the rules that say so. */
export const SHORT = 300;
/**
 * Words one of the SHORT rules below needs (keep in step with them): a short line without any
 * skips them all with one test instead of a dozen.
 */
export const SHORT_RULE_HINT =
  /opens|urchase|tip|us at|isten to| app|ewsletter|nbox|riefing|@|hared by|eporting|riting by|diting by|contributed|version of this|responsible|orrespondent|ditor|eporter|riter|olumnist|ontributor|ournalist|roducer|osted by|ords by|tory by|ext by|FILE|\[\d|riginally|ublished|ppeared/;

/**
 * A line matching one of these is dropped on its own: rule name, pattern, optionally a cheap
 * pattern that must match first (the unanchored ones are costly on every line), and the longest
 * line the rule applies to.
 */
export const BOILERPLATE_LINE: Array<[string, RegExp, RegExp?, number?]> = [
  ['byline', /^([Bb]y|BY):?\s+[\p{Lu}][\p{L}.'’/-]*(\s+(and\s+)?[\p{Lu}][\p{L}.'’/-]*){0,4}(,?\s+(and|[Ff]or|[Ii]n|of|the|[Ss]taff|[Ss]enior|[Cc]hief|[Pp]olitical|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[\p{Lu}][\p{L}.'’-]*)){0,6}$/u],
  // Editor's notes, corrections and update notices about the article, not part of the story.
  ['editor-note', /^(editor['’]?s['’]?\s+note|editors['’]\s+note|note to (our )?readers|corrections?|clarifications?|correction appended)\s*[:.—–-]/i, /^(edit|note|correc|clarif)/i],
  ['editor-note', /^((this|an earlier|a previous|the original) (version of this )?(story|article|report|post|piece) (has been|was|is) (updated|corrected|amended|changed|revised)|an earlier version of this (story|article|report|post|piece)|a previous version of this (story|article|report|post|piece))\b/i],
  // Social sharing: a line of network names, or "Share this with ..." labels.
  ['social-share', /^((share|tweet|post|email|send)( this)?( (story|article|page|link))?( (on|with|via|to))?\s*:?\s*)?((facebook|twitter|x|whatsapp|linkedin|email|e-mail|messenger|pinterest|reddit|telegram|flipboard|copy link|print)\s*[|·•,/]?\s*){2,}$/i],
  // Promo labels: whole short lines, or a label before a colon; a sentence that merely starts
  // with the same words ("Advertisement spending rose") is kept.
  ['promo', /^((skip )?advertisement|story continues( below( this)? advertisement)?|supported by|sponsored( content| by)?|share( this| full)?( article| story| page)?|copy link|link copied|most (read|popular|viewed|shared)|more on this story|related( stories| articles| topics| content| coverage| links| reading| internet links)?|continue reading|skip to (main )?content|listen to this (article|story)|download (the|our) app|open in app|see more on|follow topics?|remind me later|click here( to [\w ]{1,40})?|read more( here)?|read the rest( here)?|(sign up|subscribe)( now| today| here)?|comments?|print|email|tweet|share|save|image|photo|video|audio|gallery|graphic|listen|ad feedback|gift (this )?article|reuse this content|explore more on these topics|more from [\w' ]{1,30}|(recommended|suggested)( for you| stories| reading| articles)?|you (may|might) also (like|be interested in)|(don't|do not) miss|trending( now| stories)?|top stories|latest( news| stories)?|more stories|editors?['’]?s? picks|(view|leave a|show) comments?|topics|tags|file (photo|image)|stock (photo|image)|handout( photo)?|(promoted|paid|partner|sponsored) (stories|content|links|posts?)|printer-friendly( version)?|print this (story|article|page)|e-?mail this (story|article|page)|report a typo( or error)?|(report a typo or error|submit a news tip)( \/\/ (report a typo or error|submit a news tip))*|show (more|less)|see more|load more|loading\s*(\.{0,3}|…)|view this post on (instagram|x|twitter|facebook|tiktok)|(watch|listen) live|show transcript|key events|show (all )?key events( only)?)\s*[:.!]?$/i],
  ['promo', /^(read more|related( stories| articles| coverage| content)?|watch|listen|see also|see more( on)?|also read|read also|also|more|read next|up next|watch next|icymi|in case you missed it|more on( this)?|follow( us)?( on \w+)?|share( on \w+)?|sign up( now| today| here)?|subscribe( now| today| here)?|download|most read|recommended|topics|tags)\s*(:|\|)/i],
  // A link's own label, copied along with it.
  ['promo', /,? opens (in )?(a )?new (tab|window)\.?$|^purchase licensing rights\b/i, /opens|urchase/, SHORT],
  // Tip lines, audio players, newsletter and app promos.
  ['promo', /^((have|got) a (news |story )?tip|(email|contact|write to) us at|send (us )?(your )?(news )?tips|listen to (this|the) (article|story)\b[^.!?]{0,40}$|(get|download) (the|our) [\w' ]{1,30} app\b)/i, undefined, SHORT],
  ['promo', /^(?=[^]{0,300}$)(?=.*\b(newsletters?|inbox|briefing)\b)(?=(^|.*[.!?]\s+)((sign up|subscribe|get|join|register|(don['’]t|never) miss|want|enter your email)\b)|.*\b(to|in) your inbox\b|.*\bsign up (here|now|today|for free)\b)/i, /ewsletter|nbox|riefing/, SHORT],
  // Social embeds: a post's signature line and its platform label.
  // (A post's own text goes only with its signature: a quoted post in the story stays.)
  ['social-embed', /^[—–-]{1,2}\s*[^()\n]{1,60}\(@\w{1,30}\)[^.!?]{0,40}$|^a (post|photo|video) shared by\b/i, /@|hared by/, SHORT],
  // Contributor and print notes: "Jo Doe contributed to this report.", "Reporting by Jo Doe; Editing by Bo Roe".
  ['contributor', /^\(?([Aa]dditional )?([Rr]eporting|[Ww]riting|[Ee]diting) by ((\p{Lu}[\p{L}'’.-]*|and|in|from|at|with|[,&])\s*)+(;\s*([Aa]dditional )?([Rr]eporting|[Ww]riting|[Ee]diting|[Gg]raphics|[Cc]ompiled)( by)? [^.;!?()]{1,80})*\.?\)?\.?$/u, /^\(?(additional )?(reporting|writing|editing) by/i, SHORT],
  ['contributor', /^(\p{Lu}[\p{L}'’-]+( and \p{Lu}[\p{L}'’-]+)? reported from [^.!?]{1,60}\.\s+)?\p{Lu}[^.!?]{0,150}\bcontributed( additional)?( reporting| to this (report|story|article))( from [^.!?]{1,60})?\.?$/u, /contributed/, SHORT],
  ['editor-note', /^a version of this (article|story) (appears|appeared|was published) (in print|in the print edition)\b/i, /^a version/i, SHORT],
  // Syndication notes: "This article originally appeared on ...", "... is republished from ...".
  ['editor-note', /^(this (story|article|report|piece|post|column) (was |is |has been )?(originally |first )?(appeared|published|republished|reprinted|syndicated)\b|originally (published|appeared) (in|on|by|at)\b)/i, /^(this|originally)/i, SHORT],
  ['external-links', /\bis not responsible for the content of external (sites|websites|links|internet sites)\b/i, /responsible/, SHORT],
  // "Reporting from Riverton", "Jo Doe Transport correspondent": a byline's place or role line.
  ['byline', /^[Rr]eporting from \p{Lu}[^.!?]{0,60}$/u, /^reporting/i, SHORT],
  ['byline', /^(\p{Lu}[\p{L}.'’-]*\s+){1,4}([\p{L}-]+\s+){0,2}([Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ontributor|[Jj]ournalist|[Pp]roducer)$/u, /(correspondent|editor|reporter|writer|columnist|contributor|journalist|producer)$/i, SHORT],
  ['byline', /^([Pp]osted|[Ww]ritten|[Ww]ords|[Ss]tory|[Tt]ext) by\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}\b.{0,60}$/u, /^(posted|written|words|story|text) by/i, SHORT],
  ['promo', /^((sign up|subscribe) (to|for) (our|the|my)\b|follow (him|her|them|me|us) on\b|(get|enter) (our|the|your) [\w' ]{0,30}(newsletter|email)\b|you can (hear|read|watch|listen to|see) more\b|already a subscriber\b|log ?in to (read|continue|comment)\b)[^.!?]{0,120}[.!?]?$/i],
  // Cookie banners; privacy and terms links only as a line of links, since stories cite them too.
  ['consent', /\b(we (and our partners )?use cookies|use of cookies|cookie (policy|settings|preferences|notice)|accept (all )?cookies|manage (your )?(cookie|consent|privacy) (settings|preferences|choices))\b/i, /ookie|onsent|rivacy|OOKIE|ONSENT|RIVACY/],
  ['consent', /^((privacy policy|terms of (use|service)|cookie policy|manage (cookies|consent|preferences)|consent preferences|do not sell my (personal )?information|contact us|about us)\s*[.|·•-]?\s*)+$/i],
  ['photo-credit', /^((photo|photograph|image|picture|video|graphic|credit|caption)s?\s*:|(image source|image caption|media caption|getty images|photo credit)\s*[:,])/i],
  ['photo-credit', new RegExp(String.raw`^[\p{Lu}][\p{L}.'’ -]{1,60}\s*\/\s*${AGENCY}(\s+(photo|via [\w ]+))?\.?$`, 'u'), /\//],
  ['photo-credit', /^(\(|\[)?(photo|image|file photo|pictured|illustration)\b.*(\)|\])$/i],
  // Wire captions: "FILE - ...", "FILE PHOTO: ...", a gallery counter "[1/3] ...".
  ['photo-caption', /^(FILE( PHOTO)?\s*[-–—:]\s|\[\d{1,2}\/\d{1,2}\]\s)/, undefined, SHORT],
  ['photo-credit', new RegExp(String.raw`^(\(|\[)?${AGENCY}( photo)?(\)|\])?$`)],
  // "Getty Images/iStockphoto", "(Bo Roe/The Example Post)": an agency or a name over an outlet, alone.
  ['photo-credit', new RegExp(String.raw`^${AGENCY}\s*\/\s*[\p{L}][\p{L}.'’ -]{1,30}$|^\(\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*\p{L}[\p{L}.'’ -]{1,40}\)$`, 'u'), /\//],
  // How to reach the author: "Contact Jo Doe at 555-0100 or jdoe@example.com", or an email or web address alone.
  ['contact', /^(contact|reach|e-?mail|write to)\s+[^.!?]{1,60}?\s+(at|via|on)\s+(\S+@\S+\.\w+|\+?[\d(][\d ().-]{6,}\d|@\w+)[^!?]{0,80}$/i, /^(contact|reach|e-?mail|write to)\s/i],
  // (A handle alone stays: it signs a reader's post quoted in the story.)
  ['contact', /^(\S+@[\w-]+(\.[\w-]+)+|https?:\/\/\S+|www\.\S+)\.?$/],
  // Pointers to more coverage: "Follow our coverage of X at https://...", "For the latest news, head to ...".
  ['promo', /^((follow|find|read|see|get|watch)\b[^.!?]{0,80}\b(coverage|updates|stories|reporting|news)\b[^!?]{0,40}\b(at|on) (https?:\/\/|www\.)\S+|for (the latest|more|breaking|complete|continuing|full)\b[^.!?]{0,100}\b(visit|head to|go to|download|follow|subscribe|sign up|check out|click)\b[^.!?]{0,80})[.!]?$/i, /^(follow|find|read|see|get|watch|for) /i],
  // A funder's note: "The Example Desk receives support from ... The AP is solely responsible for all content."
  ['editor-note', /\bis solely responsible for (all|this|the) content\b/i, /responsible/, SHORT],
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

/** A dateline before the first sentence: "BRUSSELS - ", "VELDEN, Norland (AP) — ". */
export const DATELINE = /^(?:[\p{Lu}][\p{Lu} .'’-]{2,30}(,\s*[\p{L}\p{N} .]{2,30})?\s*(\((AP|AFP|Reuters|REUTERS|Bloomberg|UPI|CNN|AP Photo|dpa|DPA|Xinhua|TASS|Yonhap|Kyodo|IANS|PTI)\)\s*)?|\((AP|AFP|Reuters|REUTERS|Bloomberg|UPI|CNN)\)\s*)[-–—]{1,2}\s+(?=[\p{Lu}"“])/u;

/**
 * A caption that ends in its picture credit, on the same line: "... on Monday. Photograph: Jo Doe/Agency",
 * "...strike.Credit...Jo Doe for The Example Post", "... (AP Photo/Jo Doe, File)", "... REUTERS/Jo Doe".
 */
export const CAPTION_TRAILING_CREDIT =
  /(?:(?:^|[\s.!?,;(])(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage|IMAGE|[Ii]llustration|[Vv]ideo|[Cc]redit|CREDIT)s?(?: by)?\s*(?::|\.\.\.|…)\s*\p{Lu}[^.!?:]{1,80}\)?\.?|\((?:AP |AFP |Reuters |EPA )?(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Vv]ideo)s?(?: by)?(?:\s*[:/]|(?<= by)\s+(?=\p{Lu}))[^()]{1,80}\)\.?|\b(?:REUTERS|AFP|EPA)\/\p{Lu}[^.!?]{1,80})$/u;
/** Cheap test before the caption-credit pattern: a credit follows a colon, slash or ellipsis, or closes a bracket ("(Photo by Jo Doe)"). */
export const CAPTION_CREDIT_HINT = /[:/…]|\.\.\.|\)\.?$/;

/** A label over a list of links (related stories, topics): the short lines after it go too. */
export const LINK_LIST_LABEL =
  /^(related( stories| articles| topics| content| coverage| links| reading| internet links)?|more on this story|most (read|popular|viewed|shared)|read more|see also|also read|read also|explore more on these topics|topics|tags|more (stories|from [\w' ]{1,30})|(recommended|suggested)( for you| stories| reading| articles)?|you (may|might) also (like|be interested in)|trending( now| stories)?|top stories|latest( news| stories)?|editors?['’]?s? picks)\s*:?$/i;

/** A label over a bullet-point summary of the story, which repeats the body: the bullets after it go too. */
export const SUMMARY_LABEL =
  /^(key (points|takeaways|facts)|takeaways|(what|all) (to know|you need to know)|need to know|in (brief|short|summary)|at a glance|(story )?highlights|summary|quick read|the big picture|tl;?dr|the essentials|the short version|catch up quick)\s*[:.]?$/i;
/** A bullet at the start of a line. */
export const BULLET = /^[•▪●◦·‣∙*–-]\s/;

/**
 * A line made only of a publication timestamp: "Updated 3:45 PM EDT, May 7, 2024", "Tue 7 May
 * 2024 15.45 BST", "5 min read", "May 7, 2024". Tokens may touch ("20243:45 PM UTCUpdated").
 */
export const TIMESTAMP_TOKEN = new RegExp(
  String.raw`(?:(?:last |first |originally )?(?:updated|published|posted|modified|uploaded|created|edited)(?: on| at)?:?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?|(?:an?|\d{1,3}) ?(?:hours?|hrs?|h|minutes?|mins?|m|days?|d|seconds?|secs?|s|weeks?|w) ago|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?|(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|(?:19|20)\d\d(?=\D|$)|\d{1,2}(?:st|nd|rd|th)?,?|(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|EET|EEST|IST|JST|KST|AEST|AEDT|HKT|SGT)(?:\b|(?=\d|updated|published|posted))|just now|yesterday|today|min(?:ute)?s?(?: read)?|read|at|on|by|[|·•,–—/-])\s*`,
  'iy',
);
