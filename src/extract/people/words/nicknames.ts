/**
 * Short forms of common English given names, each with the full names it stands for: "Joe Dorran"
 * and "Joseph R. Dorran" are one man. Only forms that are short for one or two names.
 */
const NICKNAME_LIST: readonly (readonly [string, ...string[]])[] = [
  ['joe', 'joseph'], ['bill', 'william'], ['billy', 'william'], ['will', 'william'], ['willie', 'william'],
  ['bob', 'robert'], ['bobby', 'robert'], ['rob', 'robert'], ['robbie', 'robert'], ['jim', 'james'], ['jimmy', 'james'],
  ['jamie', 'james'], ['mike', 'michael'], ['mick', 'michael'], ['tom', 'thomas'], ['tommy', 'thomas'],
  ['dick', 'richard'], ['rick', 'richard'], ['rich', 'richard'], ['ted', 'edward', 'theodore'], ['ed', 'edward'],
  ['eddie', 'edward'], ['chris', 'christopher', 'christine'], ['dave', 'david'], ['dan', 'daniel'], ['danny', 'daniel'],
  ['tony', 'anthony'], ['steve', 'stephen', 'steven'], ['ben', 'benjamin'], ['sam', 'samuel', 'samantha'],
  ['matt', 'matthew'], ['nick', 'nicholas'], ['andy', 'andrew'], ['alex', 'alexander', 'alexandra'],
  ['liz', 'elizabeth'], ['beth', 'elizabeth'], ['betsy', 'elizabeth'], ['kate', 'katherine', 'catherine'],
  ['katie', 'katherine', 'catherine'], ['cathy', 'catherine'], ['jenny', 'jennifer'], ['pat', 'patrick', 'patricia'],
  ['greg', 'gregory'], ['jon', 'jonathan'], ['tim', 'timothy'], ['pete', 'peter'], ['chuck', 'charles'],
  ['charlie', 'charles'], ['hank', 'henry'], ['harry', 'henry'], ['larry', 'lawrence'], ['jerry', 'gerald'],
  ['ron', 'ronald'], ['don', 'donald'], ['fred', 'frederick'], ['freddie', 'frederick'], ['ken', 'kenneth'],
  ['jeff', 'jeffrey'], ['geoff', 'geoffrey'], ['phil', 'philip', 'phillip'], ['doug', 'douglas'], ['vince', 'vincent'],
  ['nate', 'nathan', 'nathaniel'], ['zach', 'zachary'], ['josh', 'joshua'], ['abe', 'abraham'], ['gabe', 'gabriel'],
  ['sue', 'susan'], ['suzy', 'susan'], ['peggy', 'margaret'], ['maggie', 'margaret'], ['meg', 'margaret'],
  ['debbie', 'deborah'], ['becky', 'rebecca'], ['vicky', 'victoria'], ['mandy', 'amanda'],
];

/** Folded short form -> the full given names it stands for. */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(NICKNAME_LIST.map(([nick, ...full]) => [nick, full]));
