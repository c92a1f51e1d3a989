import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged, fixed } from '../../../../test/support/rules';

const RULE = 'name-second-reference';

test('a repeated full name becomes the surname, possessive kept', () => {
  const text = 'Pentagon casts doubt on pledge\n\nDefense Department spokesman John Kirby spoke Tuesday.\n\nLater, John Kirby’s aides said the talks were “a repositioning.”';
  assert.deepEqual(flagged(RULE, text), ['John Kirby']);
  assert.equal(fixed(RULE, text), text.replace('Later, John Kirby’s', 'Later, Kirby’s'));
});

test('a given name alone that speaks after the full name becomes the surname', () => {
  const text = 'Mayor Karen Bass announced the plan Monday.\n\nKaren said it would take five years. Karen’s staff agreed, Deputy Mayor Randall Winston said. Randall added that work starts in June.';
  assert.deepEqual(flagged(RULE, text), ['Karen', 'Randall']);
  assert.equal(fixed(RULE, text), text.replace('Karen said', 'Bass said').replace('Randall added', 'Winston added'));
});

test('a couple, or two people of one first name, go by their given names', () => {
  assert.deepEqual(flagged(RULE, 'Bob and Mary Smith lost their home. Mary said they would rebuild.'), []);
  assert.deepEqual(flagged(RULE, 'Mary Smith and John Smith lost their home. Mary said they would rebuild.'), []);
  assert.deepEqual(flagged(RULE, 'Mary Smith met Mary Jones. Mary said little.'), []);
  assert.deepEqual(flagged(RULE, 'Sen. Kamala Harris met Harris Wofford. Harris said little.'), []);
});

test('a surname before the full name is flagged without a fix', () => {
  const text = 'Kirby spoke first 🎙️.\r\n\r\nDefense Department spokesman John Kirby said talks went on.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), 'Kirby');
  assert.equal(finding.message, '“Kirby” appears before the full name: introduce John Kirby here first.');
  assert.equal(finding.fixes.length, 0);
});

test('captions and headlines may give the full name again', () => {
  const text = [
    'Kirby warns of offensive',
    '“We all should be prepared,” Defense Department spokesman John Kirby said.',
    'John Kirby addresses a news briefing at the Pentagon on Tuesday. (Alex Wong/Getty Images)',
    'Kirby said the talks would go on.',
  ].join('\n\n');
  assert.deepEqual(flagged(RULE, text), []);
});

test('two people sharing a surname keep their full names; quotes are the speaker’s', () => {
  const text = 'Bill Clinton and Hillary Clinton arrived. Later Bill Clinton spoke.\n\n“I told John Kirby and then John Kirby told me,” she said of John Kirby.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('capitalised pairs that are not people are left alone', () => {
  const text = 'Yahoo Japan grew. The Alibaba stake and Yahoo Japan shares stay with the company, Japan said.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a place that shares a surname is not an early second reference', () => {
  const text = 'Washington has long courted Hollywood.\n\nDenzel Washington said the film would open in May.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('an editor’s note may give the full name again', () => {
  const text = 'Portage Fire Chief Mark Lawson said nobody was hurt.\n\nCorrection: An earlier version of this story misspelled the name of the fire chief. He is Mark Lawson.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'Portage Fire Chief Mark Lawson said nobody was hurt.\n\nMark Lawson said the roof landed across the road.'), ['Mark Lawson']);
});

test('a family name written first (Xi Jinping, Yoon Suk Yeol) is not a given name alone', () => {
  const text = 'South Korean President Yoon Suk Yeol met Chinese President Xi Jinping on Sunday.\n\nYoon said the summits would resume. Xi said China was ready.';
  assert.deepEqual(flagged(RULE, text), []);
  // Repeated in full, the name is flagged, but no fix guesses which word is the family name.
  const repeated = 'President Xi Jinping arrived.\n\nPresident Xi Jinping spoke.';
  const reported = findings(RULE, repeated);
  assert.deepEqual(reported.map((finding) => [repeated.slice(finding.start, finding.end), finding.message, finding.fixes.length]), [['Xi Jinping', 'Second reference to Xi Jinping in full: expected the family name alone.', 0]]);
});

test('a title the list does not know before a full name still introduces it: “Grandmaster Daniel Novak”', () => {
  const text = 'Her coach, Grandmaster Daniel Novak, has worked with her for years.\n\n“She sees things I don’t,” Novak said.\n\nDaniel Novak said her best quality is her calm.';
  assert.deepEqual(flagged(RULE, text), ['Daniel Novak']);
});

test('a family sharing a surname goes by given names from many places: Priya and Vikram Rao', () => {
  const text = 'Her parents, Priya and Vikram Rao, moved to Queens in 2003. Vikram Rao drives for a car service; Priya Rao is a nurse.\n\n“We just drove her to tournaments,” Priya said.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('taglines and data lines give full names by convention: a bio, a contributor line, a signoff, an injury report', () => {
  const text = 'Elena Marsh said the library matters.\n\nMarsh added that hours were cut.\n\n*Elena Marsh is a writer and parent who lives on the city’s east side.*\n\nRosa Delgado covers transportation for the Ledger. Elena Marsh contributed reporting.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'Elena Marsh said the library matters.\n\nElena Marsh added that hours were cut.'), ['Elena Marsh']);
  const report = 'Quarterback Sam Darnold said his ankle was fine.\n\nLimited: QB Sam Darnold (ankle), LB Blake Cashman (toe).\n\n(Reporting by Lucia Mutikani; Editing by Andrea Ricci)\n\nEconomist Lucia Mutikani said so.';
  assert.deepEqual(flagged(RULE, report), []);
});

test('the fix takes the description after a speech verb with the given name: “said forward Kiara Banks” → “said Banks”', () => {
  const text = '“She was first in the gym,” said forward Kiara Banks.\n\n“Every day,” said forward Kiara Banks.';
  assert.equal(fixed(RULE, text), '“She was first in the gym,” said forward Kiara Banks.\n\n“Every day,” said Banks.');
});

test('an obituary’s birth name repeats the full name by design: “Lonnie Earl Vance was born…”, “born Mary Ellen Price”', () => {
  const obituary = 'Lonnie Vance, the session guitarist, died Saturday. He was 82.\n\nLonnie Earl Vance was born on March 3, 1942, in Clarksdale.';
  assert.deepEqual(flagged(RULE, obituary), []);
  assert.deepEqual(flagged(RULE, 'Mary Price, the singer, died Friday.\n\nShe was born Mary Ellen Price in Tulsa.'), []);
  assert.deepEqual(flagged(RULE, 'Lonnie Vance, the session guitarist, died Saturday.\n\nLonnie Vance played on 1,200 sessions.'), ['Lonnie Vance']);
});

test('a name after “the” names a thing, a boat or a building, not a person', () => {
  const text = 'Walter Haskell, 83, stepped into the cockpit of the Ellen Marie at 4:40 a.m.\n\nAround 6 o’clock the Ellen Marie worked down a string of 10 traps.';
  assert.deepEqual(flagged(RULE, text), []);
  const ship = 'The ship is named for Margaret Ellis, a marine biologist who died in 2019.\n\nThe R/V Margaret Ellis will be operated by the university.';
  assert.deepEqual(flagged(RULE, ship), []);
  const town = 'Helen Ward, 88, a chemist, died Friday.\n\nShe was born in Ann Arbor, Michigan. In addition to her daughter, of Ann Arbor, she is survived by two sons.';
  assert.deepEqual(flagged(RULE, town), []);
});

test('a full name written again and again and never as a person’s is a place’s: a restaurant, Sal Verde', () => {
  const review = 'What you notice first at Sal Verde is the smell of toasted chiles.\n\nThe Ortegas opened Sal Verde in June.\n\nSal Verde takes reservations for parties of six or more.';
  assert.deepEqual(flagged(RULE, review), []);
  // A person is still flagged, however often repeated: here speaking, or given an age.
  const person = 'Sal Verde, 61, opened the shop in June.\n\nSal Verde bakes at dawn.\n\nSal Verde closes at noon.';
  assert.deepEqual(flagged(RULE, person), ['Sal Verde', 'Sal Verde']);
});

test('a bold subhead heading a live blog’s entry names people as a headline does', () => {
  const blog = 'Snow closed roads across the state.\n\n**Gov. Walz activates National Guard**\n\nGov. Tim Walz signed an order activating the Guard, his office said.';
  assert.deepEqual(flagged(RULE, blog, 'markdown'), []);
  // A bold sentence is body copy: the full name repeated there is still flagged.
  assert.deepEqual(flagged(RULE, 'Tim Walz toured the damage Tuesday.\n\n**Tim Walz then called in the Guard.**', 'markdown'), ['Tim Walz']);
});

test('a fact box’s line names people in full: “Referee: Sam Allison.”', () => {
  assert.deepEqual(flagged(RULE, 'Referee Sam Allison waved play on.\n\n**Referee**: Sam Allison. **Attendance**: 11,204.', 'markdown'), []);
});

test('a review’s details line names the author as a caption does: the body’s first reference is a first reference', () => {
  const review = '*The Salt Keepers*, by Ruth Anne Calloway (Knopf, 320 pages, $28)\n\nRuth Anne Calloway’s second novel opens on a dock in Maine.';
  assert.deepEqual(flagged(RULE, review, 'markdown'), []);
});

test('a correction labelled in bold with its date is an editor’s note: it names people in full', () => {
  const text = 'Jessica Ramirez, 28, said she had planned to deliver at Mercy Valley.\n\n**Correction, Jan. 10:** An earlier version of this story incorrectly said Jessica Ramirez’s daughter was born in Fort Morgan.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('a spouse or child named by given name shares the surname: the full name tells them apart', () => {
  const text = '“We heard it before we saw it,” said Dale Haskins, 67.\n\nHaskins and his wife, Loretta, rode out the storm under a mattress.\n\nBack on West 34th Avenue, Dale Haskins was stacking salvaged albums.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a school named like a person is a school: “Virginia Tech”, “Georgia Southern”', () => {
  const text = 'Emily Rourke, a doctoral student at Virginia Tech, led the study.\n\nThe team at Virginia Tech and Georgia Southern found the beetle in 2023.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a congregation or a place named like a person is neither: Temple Beth Shalom', () => {
  const text = 'The pantry opened in 2019 with Temple Beth Shalom as a partner.\n\nTemple Beth Shalom runs the books, and Fort Worth Street stays busy.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a relative named in full shares the surname: the story’s bare surname is still its subject', () => {
  const text = 'The boats fill Walter “Buddy” Nakamura’s garage. Nakamura, 71, welds them.\n\nHis wife, June Nakamura, stopped parking there in 2017. Nakamura keeps a list.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a full name where a place goes is a place: “grew up in Jackson Ward”', () => {
  const text = 'Jackson Ward is a Richmond neighborhood. Walter and June Pettiford, who grew up in Jackson Ward, came to see it.';
  assert.deepEqual(flagged(RULE, text), []);
  // A community named for the land: "Kelly Ridge", wherever it stands in the sentence.
  const ridge = 'The sheriff ordered evacuations for the communities of Kelly Ridge and Forbestown.\n\nAlma Reyes, 71, said she left her home on Kelly Ridge with her two dogs.';
  assert.deepEqual(flagged(RULE, ridge), []);
});
