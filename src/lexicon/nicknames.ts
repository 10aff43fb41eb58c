// English given names and the short or pet forms people type for them ("bill" for William, "liz"
// for Elizabeth). General usage, as any English dictionary of names lists it; no name here is
// drawn from the coverage. A form may stand for several names ("al": Albert, Alan, Alfred …):
// only a person of the coverage bearing one of them decides which (short-names.ts).
const FORMS: readonly (readonly [string, string])[] = [
  ['abe', 'abraham'], ['al', 'albert alan allan alfred alexander'], ['alex', 'alexander alexandra alexis alejandro'], ['andy', 'andrew andreas'], ['drew', 'andrew'],
  ['tony', 'anthony antony antonio'], ['ben', 'benjamin benedict'], ['bernie', 'bernard'], ['bill', 'william'], ['billy', 'william'], ['will', 'william'], ['willy', 'william'],
  ['bob', 'robert'], ['bobby', 'robert'], ['rob', 'robert'], ['robbie', 'robert'], ['bert', 'albert herbert robert'], ['chuck', 'charles'], ['charlie', 'charles'],
  ['chris', 'christopher christian christine christina'], ['dan', 'daniel'], ['danny', 'daniel'], ['dave', 'david'], ['davy', 'david'], ['dick', 'richard'],
  ['rick', 'richard frederick'], ['rich', 'richard'], ['ricky', 'richard'], ['don', 'donald'], ['donny', 'donald'], ['doug', 'douglas'], ['ed', 'edward edwin edmund'],
  ['eddie', 'edward edwin edmund'], ['ted', 'edward theodore'], ['teddy', 'edward theodore'], ['frank', 'francis franklin'], ['fred', 'frederick alfred'],
  ['freddie', 'frederick alfred'], ['gene', 'eugene'], ['greg', 'gregory'], ['hank', 'henry'], ['harry', 'harold henry'], ['jack', 'john jackson'],
  ['jim', 'james'], ['jimmy', 'james'], ['jamie', 'james'], ['joe', 'joseph'], ['joey', 'joseph'], ['jon', 'jonathan'], ['johnny', 'john jonathan'],
  ['ken', 'kenneth'], ['kenny', 'kenneth'], ['larry', 'lawrence laurence'], ['len', 'leonard'], ['lenny', 'leonard'], ['leo', 'leonard leonardo'], ['lou', 'louis'],
  ['matt', 'matthew matthias'], ['max', 'maximilian maxwell'], ['mike', 'michael'], ['mick', 'michael'], ['mickey', 'michael'], ['mitch', 'mitchell'],
  ['nate', 'nathan nathaniel'], ['nick', 'nicholas nicolas nikolai'], ['pat', 'patrick patricia'], ['pete', 'peter'], ['phil', 'philip phillip'], ['ray', 'raymond'],
  ['ron', 'ronald'], ['ronnie', 'ronald'], ['sam', 'samuel samantha'], ['sandy', 'alexander alexandra sandra'], ['stan', 'stanley'], ['steve', 'stephen steven'],
  ['stevie', 'stephen steven'], ['terry', 'terence theresa'], ['theo', 'theodore'], ['tim', 'timothy'], ['timmy', 'timothy'],
  ['tom', 'thomas'], ['tommy', 'thomas'], ['vic', 'victor victoria'], ['vince', 'vincent'], ['walt', 'walter'], ['wally', 'walter wallace'], ['zach', 'zachary'],
  ['abby', 'abigail'], ['barb', 'barbara'], ['becky', 'rebecca'], ['beth', 'elizabeth bethany'], ['betty', 'elizabeth'], ['liz', 'elizabeth'], ['lizzie', 'elizabeth'],
  ['cathy', 'catherine cathleen'], ['kate', 'katherine catherine kathleen'], ['katie', 'katherine catherine kathleen'], ['kathy', 'katherine kathleen'],
  ['cindy', 'cynthia lucinda'], ['deb', 'deborah debra'], ['debbie', 'deborah debra'], ['dot', 'dorothy'], ['ellie', 'eleanor elena'], ['jen', 'jennifer'],
  ['jenny', 'jennifer'], ['jess', 'jessica'], ['jo', 'joanna josephine joanne'], ['judy', 'judith'], ['kim', 'kimberly'], ['maggie', 'margaret'], ['meg', 'margaret megan'],
  ['peggy', 'margaret'], ['mandy', 'amanda'], ['nan', 'nancy'], ['nikki', 'nicole'], ['pam', 'pamela'], ['penny', 'penelope'], ['sue', 'susan suzanne'],
  ['susie', 'susan suzanne'], ['val', 'valerie valentina'], ['vicky', 'victoria'], ['annie', 'anne ann anna'], ['manny', 'emmanuel manuel'],
];

const NAMES_FOR: ReadonlyMap<string, readonly string[]> = new Map(FORMS.map(([short, names]) => [short, names.split(' ')]));

/** The given names a short or pet form stands for, lower case ("bill" → ["william"]); none for a name typed in full. */
export const namesForNickname = (typed: string): readonly string[] => NAMES_FOR.get(typed.toLowerCase()) ?? [];
