/**
 * Common given names from many languages (lower case, no accents). A capitalized pair with no
 * title or honorific ("Stone Tiger", "Blue Harbour") counts as a person's name only when its first
 * word is a given name, or when its surname is used for a person elsewhere in the article.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abby abdul abdullah abe abigail abraham ada adam adele adrian adriana agnes ahmad ahmed aidan aileen aisha al
alan alastair albert alberto alec alejandro alex alexander alexandra alexandre alexei alexey alexis alfred alfredo ali
alice alicia alison alistair allan allen alma amanda amber amelia amir amit amy ana anand anastasia anders andre
andrea andreas andrei andres andrew andrey andy angel angela angelina angelo angus anita ann anna anne annette annie
anthony antoine anton antonio april archie ariel arjun arnold arthur arturo ashley ashok audrey augusto aung ava avi
axel barack barbara barney barry bart beatrice becky ben benedict benjamin benoit bernard bernie beth betty beverly
bill billy bjorn blake bob bobby bonnie boris brad bradley brandon brenda brendan brett brian bridget britney brooke
bruce bruno bryan byron caitlin callum calvin cameron camilla carl carla carlos carlo carly carmen carol caroline
carolyn carrie casey catherine cathy cecilia cedric celine chad charles charlie charlotte chelsea cheryl chloe chris
christian christina christine christopher chuck cindy claire clara clarence claude claudia clement cliff clint clive
cody colin connie conor constance cristina craig crystal curtis cynthia cyril daisy dale dallas damian damien dan dana
daniel daniela danielle danny daphne darren dave david dawn dean debbie deborah declan dee denis denise dennis derek
desmond diana diane dick diego dimitri dimitris dmitry dmitri dolores dominic dominique don donald donna doris dorothy
doug douglas duncan dustin dwight dylan earl ed eddie edgar edith edmund eduardo edward edwin eileen elaine eleanor
elena eli elijah elizabeth ella ellen elliot elliott elsa elton emil emily emma emmanuel emmanuelle enrique eric erica
erik erin ernest ernesto esther ethan eugene eva evan evelyn ewan fabio faisal farah fatima felicity felix fernando
fiona florence frances francesca francis francisco franco francois frank frankie franz fred freddie frederick gabriel
gabriela gail gareth garry gary gavin gemma gene geoff geoffrey george georgia gerald gerard gerhard gianni gilbert
gillian gina giorgio giovanni giuseppe glen glenn gloria gordon grace graham grant greg gregory guido guillaume
gustavo guy gwen hamid hank hannah hans harold harriet harry harvey hassan hayley heather hector heidi heinz helen
helena helmut henri henrik henry herbert herman hillary hiroshi holly howard hugh hugo hussein ian igor imelda imran
ines ingrid irene iris isaac isabel isabella isabelle ivan ivy jack jackie jacob jacqueline jacques jade jaime jake
james jamie jan jane janet janice jared jason javier jay jean jeanne jeff jeffrey jennifer jenny jeremy jerome jerry
jess jessica jesus jill jim jimmy jo joan joanna joanne joe joel johan johann johanna john johnny jon jonathan jordan
jorge jose josef joseph josephine josh joshua joy juan judith judy jules julia julian julie julien julio justin kamala
karen karim karin karl kate katherine kathleen kathryn kathy katie katrina kay keith kelly ken kenneth kenny kerry
kevin khalid kirsty klaus kofi kurt kyle lance larry laura lauren laurent lawrence leah lee leila len leo leon leonard
leonardo leslie liam lily linda lindsay lisa liz logan lois lorenzo lorna louis louisa louise lucas lucia lucy luis
luke lydia lynn madeleine maggie mahmoud malcolm mandy manuel marc marcel marco marcus margaret maria mariah marian
marie marina mario marion marta martha martin martina marty mary mat matt matthew matthias maureen maurice max maxim
maxime maya megan mel melanie melissa mia michael michel michele michelle miguel mike mikhail miles milton mitchell mo
mohamed mohammad mohammed mohammad molly monica morgan moses muhammad murray mustafa nadia nancy naomi narendra
natalia natalie natasha nathan neil nelson nick nicholas nicola nicolas nicole nigel nikita nikolai nina noah noel
nora norman oleg oliver olivia omar oscar otto owen pablo pamela pascal pat patricia patrick paul paula pauline pedro
peggy penelope penny per peter petra phil philip philippe phillip phoebe pierre piers pietro polly preston priya
rachel rafael rahul raj ralph ramon randy raphael raul ray raymond rebecca reg reginald rene rex ricardo richard rick
ricky rishi rita rob robert roberta roberto robin rod roger roland roman ron ronald rory rosa rose rosemary ross roy
ruby rudolf rudy rupert russell ruth ryan sadiq sally salman sam samantha samir samuel sandra sandy sanjay sara sarah
sasha saul scott sean sebastian selina serena sergei sergey sergio seth shane shannon sharon shaun sheila shirley sian
sid sidney silvio simon simone sofia sonia sophia sophie stacey stan stanley stefan stefano stella stephanie stephen
steve steven stewart stuart sue susan susanne suzanne sven sylvia tamara tanya tara ted teresa terence terry tess
thabo theo theodore theresa thierry thomas tiffany tim timothy tina toby todd tom tommy toni tony tracy trevor tristan
troy tyler valentina valerie vanessa vera veronica victor victoria vincent viktor vivian wade walter wang warren wayne
wendy werner wes wesley will william willie wilson winston wolfgang xavier yasmin yevgeny yolanda yuri yusuf yves zach
zachary zara zoe lena lina lena lara leticia lorraine lottie luca luciano ludwig magnus maja malik manon marcin margot
marianne marisa marius marlene mateo mathieu matteo maurizio mehdi melinda mercedes mikael milan milo mira miriam
mohsen nadine nasir nathalie neha nils noor nuno ola olaf omid orla pia rania rashida renata riccardo rohan rosalind
sabine salma sami sandeep sanna santiago sebastien selim shreya silvia siobhan sipho soren stig sunil tobias ulrich
uma vanya vikram walid yann yaw yusuf zainab zeynep ziad abdel abdelaziz abdulla abu adel adnan ahmet akira alexandr
aliaksandr alisher amina anatoly andrzej anwar arkady arsen arseniy artem artur ashraf bashar benazir bogdan bohdan
boyko chen chiara cristiano dariusz davit denys dmytro dong emine emre erdogan fadi fahad faris farid fedir fyodor
gennady grigory halyna hamza haruki hassan hideo hiroki hyun ibrahim ihor ilham ilya iryna ismail jae jaroslaw jin
jiro jun kateryna kazuo kenji khaled kirill kostiantyn kyung lech lei liang lin ling mahmud maksim marat marek marzena
mateusz mehmet mei min ming mirosław miroslav mykhailo mykola nabil nasser nikolay ning oksana oleh oleksandr oleksiy
olena olga ostap pavel pavlo petr petro piotr radoslaw ramzan rashid recep reza roman rustam ruslan sadiq said saleh
satoshi serhiy sergiy seung shinzo shigeru sung svetlana taras tariq tatiana tetiana tomasz valentin valery vasily
vasyl viktoriia vitali vitaliy vitaly vyacheslav wei wojciech xi xiaoming yan yaroslav yasser yi ying yoshihide yoshi
young yulia yury zbigniew zhang zoran`.trim().split(/\s+/),
);
