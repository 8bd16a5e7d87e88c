/** Given names that are almost always one gender, so "she" is not resolved to "John Harwood". */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  `abby abigail ada adele adriana agnes aisha alice alicia alison amanda amber amelia amina amy ana anastasia andrea
angela angelina anita ann anna anne annette annie april audrey ava barbara beatrice becky beth betty beverly bonnie
brenda bridget britney brooke caitlin camilla carla carly carmen carol caroline carolyn carrie catherine cathy cecilia
celine charlotte chelsea cheryl chloe christina christine cindy claire clara claudia connie constance cristina crystal
cynthia daisy daniela danielle daphne dawn debbie deborah denise diana diane dolores donna doris dorothy edith
eileen elaine eleanor elena elizabeth ella ellen elsa emily emma emmanuelle erica erin esther eva evelyn fatima
felicity fiona florence frances francesca gabriela gail gemma gillian gina gloria grace gwen halyna hannah harriet
hayley heather heidi helen helena hillary holly imelda ines ingrid irene iris iryna isabel isabella isabelle ivy
jacqueline jade jane janet janice jennifer jenny jessica jill joan joanna joanne johanna josephine joy judith judy
julia julie kamala karen karin kate katherine kateryna kathleen kathryn kathy katie katrina kirsty lara laura
lauren leah leila lena leticia lily lina linda lindsay lisa liz lois lorna lorraine loretta louisa louise lucia lucy
lydia madeleine maggie mandy margaret margot maria mariah marian marianne marie marina marion marlene marta
martha martina mary maureen maya megan mei melanie melinda melissa mercedes mia michelle miriam molly monica nadia
nadine nancy naomi natalia natalie natasha nathalie nicola nicole nina nora oksana olena olga olivia pamela patricia
paula pauline peggy penelope penny petra phoebe pia polly priya rachel rania rebecca renata rita roberta rosa rose
rosemary ruby ruth sabine sally salma samantha sandra sara sarah selina serena sharon sheila shirley sian silvia
simone siobhan sofia sonia sophia sophie stacey stella stephanie sue susan susanne suzanne svetlana sylvia tamara
tanya tara teresa tess tetiana theresa tiffany tina ulrike uma valentina valerie vanessa vera veronica victoria
vivian wendy yasmin yolanda yulia zainab zara zeynep zoe`.split(/\s+/),
);

export const MALE_NAMES: ReadonlySet<string> = new Set(
  `aaron abdul abdullah abe abraham adam adrian ahmad ahmed alan alastair albert alberto alec alejandro alexander
alexandre alexei alexey alfred alfredo ali allan allen amir andre andreas andrei andres andrew andrey andy angus
anthony antoine anton antonio archie arjun arnold arthur barack barry ben benedict benjamin bernard bernie bill billy
boris brad bradley brandon brendan brett brian bruce bruno bryan byron callum calvin carl carlos charles chris
christopher chuck clarence claude clint clive colin conor craig curtis cyril dan daniel danny darren dave david dean
declan denis dennis derek desmond dick diego dimitri dmitry dmytro dominic don donald doug douglas duncan dwight dylan
earl ed eddie edgar edmund edward edwin emmanuel enrique eric erik ernest ethan eugene evan felix fernando francis
francisco frank fred frederick gabriel gareth gary gavin geoff geoffrey george gerald gerard gordon graham grant greg
gregory guy hamid hank hans harold harry harvey hassan hector henry herbert howard hugh hugo hussein ian igor ihor
isaac ivan jack jacob jake james jason javier jeff jeffrey jeremy jerome jerry jim jimmy joe joel johan john johnny
jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin khalid kirill klaus kurt
kyle lance larry lawrence leo leon leonard liam louis lucas luis luke malcolm marc marcel marco marcus mario martin
matt matthew max michael miguel mike mikhail mitchell mohammed muhammad murray mykola nathan neil nelson nicholas nick
nigel noah norman oleg oleksandr oliver omar oscar otto owen pablo patrick paul pavel pedro peter petro phil philip
philippe pierre ralph ramon randy raul ray raymond reginald ricardo richard rick rob robert roberto rod roger roland
ron ronald rory roy rupert russell ryan samuel scott sean sebastian sergei sergey serhiy simon stanley stefan
stephen steve steven stewart stuart taras ted terence thomas tim timothy todd tom tommy tony trevor tyler victor
viktor vincent walter warren wayne wesley william willie winston wolfgang xavier yuri zachary`.split(/\s+/),
);
