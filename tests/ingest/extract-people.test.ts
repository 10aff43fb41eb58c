import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/ingest/extract-people.js';
import type { Person } from '../../src/factbase/schema.js';
import { coverage } from '../helpers/coverage.js';
import { byName, names, peopleOf, rolesByName, titlesOf } from '../helpers/people.js';

const rolesOf = (person: Person) => person.roles.map((r) => ({ title: r.title, organisation: r.organisation }));

// Sentences copied from the bundled articles, as the splitter gives them.
const BUNDLED = coverage([
  {
    id: 'blog',
    published: '2024-12-03',
    paragraphs: [
      ["NATO's support for Ukraine remains unwavering, with the alliance continuing to provide critical assistance to Kyiv.", "The NATO Secretary General, Jens Stoltenberg, has reaffirmed the alliance's commitment to Ukraine's sovereignty and territorial integrity."],
      ['Ukrainian President Volodymyr Zelenskyy has expressed gratitude to Germany for its support of Kyiv.'],
      ["Foreign ministers from all 32 NATO member states are convening in Brussels, with top priority given to rallying support for Ukraine ahead of President-elect Donald Trump's return to the White House in January."],
      ['According to the US State Department, US Secretary of State Antony Blinken will engage in discussions on "priorities for transatlantic security, including supporting Ukraine\'s fight against Russia\'s invasion, deepening cooperation with NATO\'s southern partners in the Middle East, North Africa, and Sahel regions, and preparing for the upcoming summit at The Hague."'],
      ['Ukrainian President Volodymyr Zelenskyy has expressed his gratitude to German Chancellor Olaf Scholz for his visit to Kyiv on Monday.', 'Zelenskyy stated, "Today, Chancellor Scholz visited Ukraine.'],
      ['This package includes a range of critical equipment, such as stinger missiles, ammunition for High Mobility Artillery Rocket Systems (HIMARS), drones, and land mines.'],
      ['Notably, neither Russia nor the US has signed the 1997 Ottawa Treaty, which prohibits the use of anti-personnel landmines.'],
    ],
  },
  {
    id: 'dallas',
    published: null,
    paragraphs: [
      ['U.S. Secretary of State Antony Blinken is traveling to Brussels on Monday for the NATO Foreign Ministers Meeting, where he is expected to reiterate support for Ukraine and discuss the Western Balkans.'],
      ['This sentiment has also been expressed by U.S. Secretary of Defense Lloyd Austin, who said during a trip to Kyiv that there has been a "shift in mindset" by those who thought Russia would quickly overpower Ukraine.'],
      ['A fact sheet from the U.S. Department of State claims that the U.S. has provided roughly $44.2 billion in military assistance to Ukraine, but President Joe Biden has continued to request that more be done to support the country.'],
      ['Violence between Serbia and Kosovo has occurred twice in recent months, prompting the prime minister of neighboring Albania to call for an increased NATO presence in the region, according to the Associated Press.'],
      ["Assistant Secretary of State for European and Eurasian Affairs James O'Brien told reporters that Blinken supports increasing the NATO presence in Kosovo to help facilitate the two sides joining the European Union."],
      ['Discussions about the priorities for the 2024 Washington Summit will also be held, as the alliance will be celebrating its 75th Anniversary since NATO was first established in April 1949.'],
    ],
  },
  {
    id: 'pravda',
    published: '2024-11-13',
    paragraphs: [
      ['Antony Blinken. Stock photo: Getty Images'],
      ['Source: European Pravda, citing Blinken during a meeting with NATO Secretary General Mark Rutte'],
      ['During a meeting with Rutte in Brussels, Blinken warned that any deployment of North Korean troops to assist Russia in its war against Ukraine would trigger a "firm response".'],
      ["Later, Blinken is scheduled to meet with Ukraine's Foreign Minister Andrii Sybiha, according to the US Department of State's schedule."],
      ['Earlier, Pentagon spokesperson Pat Ryder reported that the US has delivered 83% of the promised munitions, 67% of the pledged air defence systems, and 60% of the firepower since Congress approved additional funding for Ukraine in April 2024.'],
    ],
  },
  {
    id: 'informed',
    published: '2023-11-29',
    paragraphs: [
      ['On Wednesday, U.S. Secretary of State Antony Blinken stated that there is a strong consensus among both parties in the United States to support Ukraine.'],
      ["Yesterday, a high-ranking official from the State Department stated that it is commonly believed that Russian President Vladimir Putin will not pursue a significant peace agreement until after the 2024 U.S. presidential election."],
      ['Additionally, Blinken also held discussions with Ukrainian Foreign Minister Dmytro Kuleba separately.'],
      ['Kuleba announced that NATO Allies have responded positively to Ukraine\'s request for an increase in the production of weapons and ammunition.'],
      ["During a distinct press briefing, NATO's Secretary-General, Jens Stoltenberg, stated that the member country had proposed suggestions for Ukraine's reforms."],
      ['The meeting was held for the second time in late July to address security concerns in the Black Sea, after Russia\'s withdrawal from a deal regulating grain exports from Ukrainian ports.'],
      ['On Wednesday afternoon, Blinken headed the American delegation to North Macedonia, a member of NATO.'],
      ['Blinken met with Bujar Osmani, the Foreign Minister of North Macedonia, before departing for the Middle East later in the evening.'],
      ["Earlier this week, Bulgaria granted approval for Russian Foreign Minister Sergei Lavrov's aircraft to fly over its airspace on the way to Skopje, in response to a request from North Macedonia."],
      ['The presence of Lavrov at the gathering caused a swift protest from Ukraine and the Baltic countries of Estonia, Latvia, and Lithuania.'],
    ],
  },
  {
    id: 'turan',
    published: '2023-11-29',
    paragraphs: [
      ['"But the answer here today at NATO is clear and it\'s unwavering: We must and we will continue to support Ukraine," Secretary of State Antony Blinken told reporters.'],
      ["Worries about continued assistance have been exacerbated in the U.S. as Congress stalls in passing President Biden's request for $61.4 billion in additional aid for Kyiv."],
      ['Journalist Imran Aliyev, held in the 1st Kurdakhany Detention Center near Baku, ended his hunger strike yesterday, which he had begun on November 18.'],
    ],
  },
]);

describe('extractPeople on sentences of the bundled articles', () => {
  const people = extractPeople(BUNDLED.sentences, BUNDLED.articlesById);

  it('finds each titled person with the role and organisation the text gives', () => {
    expect(rolesOf(byName(people, 'Mark Rutte'))).toEqual([{ title: 'Secretary General', organisation: 'NATO' }]);
    expect(rolesOf(byName(people, 'Antony Blinken'))).toEqual([{ title: 'Secretary of State', organisation: 'United States' }]);
    expect(rolesOf(byName(people, 'Jens Stoltenberg'))).toEqual([{ title: 'Secretary General', organisation: 'NATO' }]);
    expect(rolesOf(byName(people, 'Dmytro Kuleba'))).toEqual([{ title: 'Foreign Minister', organisation: 'Ukraine' }]);
    expect(rolesOf(byName(people, 'Pat Ryder'))).toEqual([{ title: 'Spokesperson', organisation: 'Pentagon' }]);
    expect(rolesOf(byName(people, 'Bujar Osmani'))).toEqual([{ title: 'Foreign Minister', organisation: 'North Macedonia' }]);
    expect(rolesOf(byName(people, 'Volodymyr Zelenskyy'))).toEqual([{ title: 'President', organisation: 'Ukraine' }]);
    expect(rolesOf(byName(people, 'Lloyd Austin'))).toEqual([{ title: 'Secretary of Defense', organisation: 'United States' }]);
    expect(rolesOf(byName(people, 'Olaf Scholz'))).toEqual([{ title: 'Chancellor', organisation: 'Germany' }]);
    expect(rolesOf(byName(people, 'Vladimir Putin'))).toEqual([{ title: 'President', organisation: 'Russia' }]);
    expect(rolesOf(byName(people, 'Sergei Lavrov'))).toEqual([{ title: 'Foreign Minister', organisation: 'Russia' }]);
    expect(rolesOf(byName(people, 'Andrii Sybiha'))).toEqual([{ title: 'Foreign Minister', organisation: 'Ukraine' }]);
    expect(rolesOf(byName(people, 'Donald Trump'))).toEqual([{ title: 'President-elect', organisation: null }]);
    expect(rolesOf(byName(people, 'Joe Biden'))).toEqual([{ title: 'President', organisation: null }]);
    expect(rolesOf(byName(people, "James O'Brien"))).toEqual([
      { title: 'Assistant Secretary of State for European and Eurasian Affairs', organisation: null },
    ]);
  });

  it('finds nobody else: no places, organisations, titles or reporters taken for people', () => {
    expect(names(people)).toEqual([
      'Andrii Sybiha',
      'Antony Blinken',
      'Bujar Osmani',
      'Dmytro Kuleba',
      'Donald Trump',
      "James O'Brien",
      'Jens Stoltenberg',
      'Joe Biden',
      'Lloyd Austin',
      'Mark Rutte',
      'Olaf Scholz',
      'Pat Ryder',
      'Sergei Lavrov',
      'Vladimir Putin',
      'Volodymyr Zelenskyy',
    ]);
  });

  it('gives slugs as ids, surname and titled aliases, and the earliest report date of a role', () => {
    const blinken = byName(people, 'Antony Blinken');
    expect(blinken.id).toBe('antony-blinken');
    expect(blinken.aliases).toEqual(['Blinken']);
    // Reported first by the 2023-11-29 article, though the 2024 article comes first in the coverage.
    expect(blinken.roles[0]?.reported).toBe('2023-11-29');
    expect(byName(people, "James O'Brien").id).toBe('james-o-brien');
    expect(byName(people, 'Olaf Scholz').aliases).toEqual(['Chancellor Scholz', 'Scholz']);
    expect(byName(people, 'Joe Biden').aliases).toEqual(['Biden', 'President Biden']);
    expect(byName(people, 'Lloyd Austin').roles[0]?.reported).toBeNull();
  });

  it('lists every sentence that mentions a person by name or surname, ascending', () => {
    const text = (id: number) => BUNDLED.sentences[id]?.text ?? '';
    const blinken = byName(people, 'Antony Blinken');
    expect(blinken.sentenceIds).toEqual([...blinken.sentenceIds].sort((a, b) => a - b));
    expect(blinken.sentenceIds.every((id) => text(id).includes('Blinken'))).toBe(true);
    expect(blinken.sentenceIds).toHaveLength(BUNDLED.sentences.filter((s) => s.text.includes('Blinken')).length);
    expect(byName(people, 'Mark Rutte').sentenceIds.map(text)).toEqual([
      'Source: European Pravda, citing Blinken during a meeting with NATO Secretary General Mark Rutte',
      expect.stringContaining('During a meeting with Rutte in Brussels'),
    ]);
    expect(byName(people, 'Dmytro Kuleba').sentenceIds).toHaveLength(2);
  });
});

describe('extractPeople patterns', () => {
  it('reads "[Name], [Org]\'s [title]" and "[Name], the [Org] [title]"', () => {
    const people = peopleOf(
      "Pat Ryder, the Pentagon spokesperson, said the shipment had arrived.",
      "Dmytro Kuleba, Ukraine's foreign minister, said the talks went well.",
    );
    expect(rolesOf(byName(people, 'Pat Ryder'))).toEqual([{ title: 'Spokesperson', organisation: 'Pentagon' }]);
    expect(rolesOf(byName(people, 'Dmytro Kuleba'))).toEqual([{ title: 'Foreign Minister', organisation: 'Ukraine' }]);
  });

  it('records a title written two ways under one form', () => {
    const people = peopleOf('Israeli Defense Minister Yoav Gallant spoke.', 'Yoav Gallant, the Minister of Defense of Israel, left.');
    expect(rolesOf(byName(people, 'Yoav Gallant'))).toEqual([{ title: 'Defense Minister', organisation: 'Israel' }]);
  });

  it('normalises titles and keeps one role per distinct title and organisation', () => {
    const people = peopleOf(
      "NATO's Secretary-General, Jens Stoltenberg, spoke first.",
      'NATO Secretary General Jens Stoltenberg spoke again.',
      'Pentagon spokeswoman Sabrina Singh answered.',
      'Secretary Stoltenberg left.',
    );
    expect(rolesOf(byName(people, 'Jens Stoltenberg'))).toEqual([{ title: 'Secretary General', organisation: 'NATO' }]);
    expect(byName(people, 'Jens Stoltenberg').aliases).toContain('Secretary Stoltenberg');
    expect(rolesOf(byName(people, 'Sabrina Singh'))).toEqual([{ title: 'Spokeswoman', organisation: 'Pentagon' }]);
  });

  it('merges spelling variants of a surname into one person', () => {
    const people = peopleOf(
      'Ukrainian President Volodymyr Zelenskyy arrived in Washington.',
      'Zelensky met lawmakers on Tuesday.',
      'President Zelensky thanked them.',
    );
    expect(names(people)).toEqual(['Volodymyr Zelenskyy']);
    const zelenskyy = byName(people, 'Volodymyr Zelenskyy');
    expect(zelenskyy.sentenceIds).toEqual([0, 1, 2]);
    expect(zelenskyy.aliases).toEqual(expect.arrayContaining(['Zelenskyy', 'Zelensky', 'President Zelensky']));
  });

  // First names are learnt from the coverage: "Mark" begins the titled names of two people here.
  const TITLED_MARKS = ['NATO Secretary General Mark Rutte spoke.', 'Prime Minister Mark Brown arrived.'];

  it('keeps a bare name with a first name the coverage knows when its article names the surname again', () => {
    const people = peopleOf(...TITLED_MARKS, 'Mark Carney met the delegation on Monday.', 'Carney said the talks were useful.');
    expect(names(people)).toEqual(['Mark Brown', 'Mark Carney', 'Mark Rutte']);
    expect(byName(people, 'Mark Carney').sentenceIds).toEqual([2, 3]);
    expect(byName(people, 'Mark Carney').roles).toEqual([]);
  });

  it('drops a bare name whose surname the article never names again, or whose first name no titled person has', () => {
    expect(names(peopleOf(...TITLED_MARKS, 'Mark Carney met the delegation on Monday.'))).toEqual(['Mark Brown', 'Mark Rutte']);
    expect(peopleOf('Mark Carney met the delegation on Monday.', 'Carney said the talks were useful.')).toEqual([]);
    // "Republicans said" names the surname again, but "Congressional" begins no titled name.
    expect(peopleOf(...TITLED_MARKS, 'Congressional Republicans blocked the bill.', 'Republicans said no.').map((p) => p.name)).toEqual([
      'Mark Brown',
      'Mark Rutte',
    ]);
  });

  it('keeps particles, accents and hyphens in names', () => {
    const people = peopleOf(
      'European Commission President Ursula von der Leyen spoke.',
      'Foreign Minister Radosław Sikorski replied.',
      'U.S. Ambassador Linda Thomas-Greenfield listened.',
    );
    expect(names(people)).toEqual(['Linda Thomas-Greenfield', 'Radosław Sikorski', 'Ursula von der Leyen']);
    expect(byName(people, 'Ursula von der Leyen').aliases).toEqual(['von der Leyen']);
    expect(byName(people, 'Radosław Sikorski').id).toBe('radoslaw-sikorski');
    expect(rolesOf(byName(people, 'Ursula von der Leyen'))).toEqual([{ title: 'President', organisation: 'European Commission' }]);
  });

  it('does not give a surname alias that two people share', () => {
    const people = peopleOf('President Joe Biden spoke.', 'First Lady Jill Biden spoke too.', 'Jill Biden smiled.', 'Biden left.');
    expect(names(people)).toEqual(['Jill Biden', 'Joe Biden']);
    expect(byName(people, 'Joe Biden').aliases).not.toContain('Biden');
    expect(byName(people, 'Joe Biden').sentenceIds).toEqual([0]);
  });

  it('gives the title after a comma to the person it stands before, not to the one before the comma', () => {
    const people = peopleOf('The guests were Xi Jinping, Prime Minister Han Duck-soo and others.');
    expect(byName(people, 'Han Duck-soo').roles.map((r) => r.title)).toEqual(['Prime Minister']);
    expect(people.find((p) => p.name === 'Xi Jinping')?.roles ?? []).toEqual([]);
  });

  it('records the article date of the sentence that reported a role', () => {
    const { sentences, articlesById } = coverage([
      { id: 'later', published: '2024-05-01', paragraphs: [['Russian President Vladimir Putin spoke.']] },
      { id: 'earlier', published: '2023-01-01', paragraphs: [['Russian President Vladimir Putin spoke earlier.']] },
    ]);
    const [putin] = extractPeople(sentences, articlesById);
    expect(putin?.roles).toEqual([{ title: 'President', organisation: 'Russia', sentenceId: 1, reported: '2023-01-01' }]);
  });
});

describe('extractPeople: a role belongs to the name its title stands right before, or to the name it follows in apposition', () => {
  it('GIVEN a list of titled names THEN each title goes to the name after it, never across the list', () => {
    const people = peopleOf(
      'The President met with Vice President Kamala Harris, National Security Advisor Jake Sullivan, and Prime Minister Benjamin Netanyahu of Israel.',
    );
    const expected = {
      'Kamala Harris': ['Vice President'],
      'Jake Sullivan': ['National Security Adviser'],
      'Benjamin Netanyahu': ['Prime Minister · Israel'],
    };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN "the Title, Name" listing two people, or a title as another title\'s complement THEN no role from it', () => {
    const people = peopleOf(
      'National Security Advisor Jake Sullivan spoke first.',
      'In the Oval Office with the President we had the Vice President, Jake Sullivan.',
      'The President was on the phone with the Prime Minister of Israel, Jake Sullivan with his counterpart.',
      'He was Senior Advisor to the Vice President, Jake Sullivan, for two years.',
      'Counselor to the President Jeff Zients briefed reporters.',
      'Zients said the plan was ready.',
    );
    expect(titlesOf(people, 'Jake Sullivan')).toEqual(['National Security Adviser']);
    expect(people.find((p) => p.name === 'Jeff Zients')?.roles ?? []).toEqual([]);
  });

  it('GIVEN an apposition after the name, closed by punctuation THEN its title', () => {
    const people = peopleOf(
      'Jake Sullivan, the national security adviser, said the talks were useful.',
      'Jens Stoltenberg, NATO Secretary General, arrived on Monday.',
      'Later, Stoltenberg, the former Norwegian prime minister, left.',
    );
    expect(titlesOf(people, 'Jake Sullivan')).toEqual(['National Security Adviser']);
    expect(titlesOf(people, 'Jens Stoltenberg')).toEqual(['Secretary General · NATO', 'Former Prime Minister · Norway']);
  });

  it('GIVEN a lone surname in apposition THEN its title joins the person the article names in full', () => {
    const people = peopleOf(
      'Mr. Jake Sullivan met the delegation.',
      'Sullivan, national security adviser to the President, said the talks were useful.',
      'Sullivan said more talks would follow.',
    );
    expect(titlesOf(people, 'Jake Sullivan')).toEqual(['National Security Adviser']);
  });

  it('GIVEN an apposition that does not close THEN the title is not the name\'s', () => {
    const people = peopleOf(
      'After the wildfires in Los Angeles, the Vice President cancelled her trip.',
      'By expanding the Child Tax Credit, the President would cut taxes.',
      'The Secretary of Housing and Urban Development, the Secretary of Education and others met.',
    );
    expect(names(people)).toEqual([]);
  });

  it('GIVEN a name in a Markdown link or a sentence cut inside a name THEN a name without brackets, and no half name', () => {
    const people = peopleOf(
      '[White House Press Secretary Karoline Leavitt](https://x.com/PressSec/status/1): "Today, growth came in above expectations."',
      '[White House Press Secretary Karoline',
    );
    expect(names(people)).toEqual(['Karoline Leavitt']);
    expect(titlesOf(people, 'Karoline Leavitt')).toEqual(['Press Secretary · White House']);
    expect(people.every((p) => [p.name, ...p.aliases].every((form) => !/[[\]()]/.test(form)))).toBe(true);
  });

  it('GIVEN "Name, Title, Organisation" in a list of speakers THEN the organisation ends before the next title', () => {
    const people = peopleOf('Catharine Moffitt, Senior Vice President, CVS Health and Chief Medical Officer, Aetna: "We are proud."');
    expect(titlesOf(people, 'Catharine Moffitt')).toEqual(['Senior Vice President · CVS Health']);
  });

  it('GIVEN an apposition whose title runs on into the next name THEN no role from it', () => {
    const people = peopleOf(
      'Members included Yoav Gallant, Minister of Strategic Affairs Ron Dermer, and others.',
      'The delegation included Advisor Jody Thomas, Canadian Ambassador to the United States Kirsten Hillman, and others.',
      'Yesterday in Poland, Vice President Harrins — Harris announced aid.',
    );
    expect(people.flatMap((p) => p.roles)).toEqual([]);
  });

  it('GIVEN a sentence cut after an apposition\'s title, "under President", a field between rank and title THEN what the text says', () => {
    const people = peopleOf(
      'Since that time, Commerce Secretary Gina Raimondo, National Security Advisor',
      'Harris served at the White House under President Bill Clinton.',
      'White House Deputy Communications Director Kaelan Dorr: "It is our mission."',
      'Your next senator, Congressman Ruben Gallego, is here.',
    );
    const expected = {
      'Gina Raimondo': ['Secretary'],
      'Bill Clinton': ['President'],
      'Kaelan Dorr': ['Deputy Communications Director · White House'],
      'Ruben Gallego': ['Congressman'],
    };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a role named by a field before a head noun (Advisor, Coordinator, Director…) THEN the whole role, whatever the field', () => {
    const people = peopleOf(
      'Domestic Policy Advisor Susan Rice spoke first.',
      'White House Infrastructure Implementation Coordinator Mitch Landrieu toured the bridge.',
      'The meeting was chaired by Harbour Resilience Czar Tomas Varga.',
    );
    const expected = {
      'Susan Rice': ['Domestic Policy Advisor'],
      'Mitch Landrieu': ['Infrastructure Implementation Coordinator · White House'],
      'Tomas Varga': ['Harbour Resilience Czar'],
    };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a list of names each followed by its title THEN no title is given to the next name; a list of titled names keeps its titles', () => {
    const people = peopleOf(
      'Government: Jeff Zients, Chief of Staff Jennifer Granholm, Secretary of Energy Gina Raimondo, Secretary of Commerce.',
      'The delegation: Secretary of State Antony Blinken, Secretary of Defense Lloyd Austin, Treasury Secretary Janet Yellen, and others.',
    );
    const given = people.flatMap((p) => p.roles.map((r) => `${p.name}: ${r.title}`));
    expect(given).not.toContain('Jennifer Granholm: Chief of Staff');
    expect(given).not.toContain('Gina Raimondo: Secretary of Energy');
    const expected = {
      'Antony Blinken': ['Secretary of State'],
      'Lloyd Austin': ['Secretary of Defense'],
      'Janet Yellen': ['Secretary of the Treasury'],
    };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN "General" after a word, or "Under" before a title THEN the whole title', () => {
    const people = peopleOf(
      'The removal of Postmaster General Louis DeJoy was raised.',
      'Under Secretary of Commerce William Kimmitt joined.',
      'Chairman of the Joint Chiefs of Staff General Mark Milley called.',
      'Under Governor Michelle Lujan Grisham, the state grew.',
    );
    const expected = {
      'Louis DeJoy': ['Postmaster General'],
      'William Kimmitt': ['Under Secretary of Commerce'],
      // The post, not the rank between it and the name.
      'Mark Milley': ['Chairman of the Joint Chiefs of Staff'],
      'Michelle Lujan Grisham': ['Governor'],
    };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a military rank between a post and the name THEN the post is the role; a rank alone is the whole rank', () => {
    const people = peopleOf(
      'White House Press Secretary Maj. Gen. Tor Berg speaks to reporters.',
      'State Department spokesperson Rear Adm. Lia Doe said the boats had left.',
      'Brig. Gen. Ola Haugen said nothing.',
    );
    const expected = { 'Tor Berg': ['Press Secretary · White House'], 'Lia Doe': ['Spokesperson · State Department'], 'Ola Haugen': ['Brigadier General'] };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a name whose role only a title before it gives THEN that role', () => {
    const people = peopleOf('Earlier, Pentagon spokesperson Pat Ryder reported the deliveries.');
    expect(titlesOf(people, 'Pat Ryder')).toEqual(['Spokesperson · Pentagon']);
  });

  it('GIVEN a rank before the title THEN the rank is part of the title', () => {
    const people = peopleOf(
      'Assistant Press Secretary Vedant Patel left.',
      'Governor Laura Kelly and Lieutenant Governor David Toland visited.',
      'Principal Deputy Director Nirav Shah spoke.',
      'Oklahoma Lt. Gov. Matt Pinnell agreed.',
    );
    const expected = {
      'Vedant Patel': ['Assistant Press Secretary'],
      'David Toland': ['Lieutenant Governor'],
      'Nirav Shah': ['Principal Deputy Director'],
      'Matt Pinnell': ['Lieutenant Governor'],
    };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN capitals that run on after a titled name THEN no name is cut out of them', () => {
    const people = peopleOf(
      'Secretary Deb Haaland Tours Alaska',
      'White House Marks Year of Progress Since President Biden Activated All of Government',
      'She received the Secretary of Defense Meritorious Civilian Service Award.',
      'New Mexico Congresswoman Melanie Stansbury spoke.',
      'Maryland Lieutenant Governor Aruna Miller Treasurer of Oregon Tobias Read',
    );
    expect(names(people)).toEqual(['Melanie Stansbury']);
    expect(titlesOf(people, 'Melanie Stansbury')).toEqual(['Congresswoman']);
  });
});

describe('extractPeople negative cases: text that names nobody', () => {
  const negatives = [
    'Blinken To Discuss Ukraine, Balkans With NATO',
    'U.S. Secretary of State assures NATO Secretary General of strengthened support for Kyiv in coming months',
    'The meeting was held to address security concerns in the Black Sea.',
    "Trump's return to the White House in January is expected.",
    'The country is hosting a conference in North Macedonia.',
    'North Korea is also providing significant arms shipments to Russia.',
    'He left for the Middle East later in the evening.',
    'Ministers discussed regional stability in the Western Balkans.',
    'The Baltic countries of Estonia, Latvia, and Lithuania protested.',
    'The Secretary General said nothing, and the Foreign Minister left.',
    'The Prime Minister arrived in Brussels on Wednesday.',
    'Ammunition for High Mobility Artillery Rocket Systems (HIMARS) was included.',
    'Neither Russia nor the US has signed the 1997 Ottawa Treaty.',
    'Priorities for the Washington Summit in 2024 were discussed.',
    'Antony Blinken. Stock photo: Getty Images',
    'Source: European Pravda',
    'The report was carried by the Associated Press and The Dallas Express.',
    'The primary focus was Air Defense.',
    'Journalist Imran Aliyev, held in the 1st Kurdakhany Detention Center near Baku, ended his hunger strike.',
    'On Wednesday, Monday and Tuesday, in January and November, the talks went on.',
    'In Brussels, the Secretary spoke to the President.',
    'The UN General Assembly Resolution passed.',
    'Before Hurricane Helene, President Biden was planning to campaign.',
    'Mr. President, Dear Joe, your presence here sends a powerful message.',
    'The George Floyd Justice in Policing Act was discussed.',
    'Guests: Planned Parenthood, President, and Public Citizen, Director.',
    'She received the Secretary of Defense Meritorious Civilian Service Award.',
  ];
  it.each(negatives)('finds no false person in: %s', (sentence) => {
    const people = peopleOf(sentence);
    const falsePeople = people.map((p) => p.name).filter((n) => !['Antony Blinken', 'Biden', 'Imran Aliyev', 'George Floyd'].includes(n));
    expect(falsePeople).toEqual([]);
  });

  it('never takes a month, weekday, place or title for a name after a title', () => {
    // A city has no place in a general stop-list: the coverage shows it is one ("in Berlin").
    const people = peopleOf(
      'President Monday was declared a holiday.',
      'Secretary General Assembly members met.',
      'Chancellor Berlin is not a person.',
      'The talks were held in Berlin.',
      'President Ukraine was discussed.',
      'Foreign Minister Russia said nothing.',
    );
    expect(people).toEqual([]);
  });
});

describe('extractPeople scale', () => {
  it('GIVEN twelve thousand sentences THEN it finds the same two people, each in every sentence naming them', () => {
    const base = [
      'U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv.',
      'The weather in Brussels was cold and nobody said much about the Black Sea.',
      'Kuleba said the talks with Blinken were useful.',
    ];
    const texts = Array.from({ length: 12_000 }, (_, i) => base[i % base.length] ?? '');
    const { sentences, articlesById } = coverage([{ id: 'big', published: '2024-01-01', paragraphs: texts.map((t) => [t]) }]);
    const people = extractPeople(sentences, articlesById);
    expect(names(people)).toEqual(['Antony Blinken', 'Dmytro Kuleba']);
    expect(byName(people, 'Dmytro Kuleba').sentenceIds).toHaveLength(8_000);
  });
});
