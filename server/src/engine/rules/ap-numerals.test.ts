import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixed } from '../../../../test/support/rules';

const RULE = 'ap-numerals';

test('one through nine are spelled out, 10 and up are figures', () => {
  const text = 'The team signed 3 players and released twelve, and twenty-five fans left after 4 innings.';
  assert.deepEqual(flagged(RULE, text), ['3', 'twelve', 'twenty-five', '4']);
  assert.equal(fixed(RULE, text), 'The team signed three players and released 12, and 25 fans left after four innings.');
});

test('a footnote mark is no figure, in Markdown or plain text', () => {
  assert.deepEqual(flagged(RULE, 'Parents were split, said parent Omar Reed.[^1]\n\n[^1]: Interview, March 2024.', 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'Parents were split, said parent Omar Reed.[^2]'), []);
});

test('a sentence does not start with a figure, except a year', () => {
  const text = 'The vote failed. 15 senators were absent. 7 more left early. 2016 was worse.';
  assert.deepEqual(flagged(RULE, text), ['15', '7']);
  assert.equal(fixed(RULE, text), 'The vote failed. Fifteen senators were absent. Seven more left early. 2016 was worse.');
});

test('a large figure starting a sentence is flagged without a fix', () => {
  const text = 'It rained. 1,500 people fled.';
  assert.deepEqual(flagged(RULE, text), ['1,500']);
  assert.equal(fixed(RULE, text), text);
});

test('AP exceptions keep their figures', () => {
  const text = [
    'The girl, 5, and a 7-year-old boy, who is 6 years old, were treated at age 4 in Room 3.',
    'It cost $5 and 4 million people paid 3% more, or 2 percent, for a 6-foot fence 9 miles away.',
    'The game starts at 7 p.m. on March 5, ended 5-3, and the No. 1 seed lost 2 to 10 games.',
    'He scored 1.5 points, a 1/2 share, on the iPhone 4 in Chapter 2.',
  ].join('\n\n');
  assert.deepEqual(flagged(RULE, text), []);
});

test('list numbering, headlines and list items of a few words keep their figures', () => {
  const text = 'Rankings:\n1. Finland\n2. Norway\n\n# 3 killed in crash\n\n- 4 things to know';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('an age bracket and a “By the numbers” data line keep their figures', () => {
  const text = 'Children under 5 and kids ages 3 to 6 are at risk.\n\n- 9: counties affected\n- 1 — death, in Lubbock';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'The 5 children were taken to a shelter. 9 counties were affected.'), ['5', '9']);
});

test('ordinals under 10 are spelled out unless they name something', () => {
  const text = 'It was the 4th time the 1st Cavalry Division and the 5th Circuit met since March 2nd.';
  assert.deepEqual(flagged(RULE, text), ['4th']);
  assert.equal(fixed(RULE, text), 'It was the fourth time the 1st Cavalry Division and the 5th Circuit met since March 2nd.');
});

test('an amendment is spelled out through the ninth, capitalised; circuits and districts keep figures', () => {
  const text = 'The law violated the 1st Amendment, the court said. The 5th Circuit and the 3rd Congressional District were cited, and so was the 14th Amendment.';
  assert.deepEqual(flagged(RULE, text), ['1st']);
  assert.equal(fixed(RULE, text), text.replace('1st Amendment', 'First Amendment'));
});

test('names, sentence starts, hyphen compounds and quotes keep their words', () => {
  const text = 'Twenty people saw the Ten Commandments in the twenty-first century. “I waited twelve years,” she said. Fifteen 🙂 left.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('after an abbreviation a figure does not start a sentence', () => {
  const text = 'It was Smith vs. 3 rivals.\r\n\r\nThe deal closed Feb. 3 with 4 bids. 5 failed.';
  assert.deepEqual(flagged(RULE, text), ['3', '4', '5']);
  assert.equal(fixed(RULE, text), 'It was Smith vs. three rivals.\r\n\r\nThe deal closed Feb. 3 with four bids. Five failed.');
});

test('identifiers, fractions, addresses and the Fourth of July keep their figures', () => {
  const text = 'Patients with type 2 diabetes waited 2 1/2 hours, or 3½, at 4 Privet Drive on the 4th of July, then 7 Oak Street.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('feet and inches are dimensions: figures stay', () => {
  assert.deepEqual(flagged(RULE, 'The center is 6\'2" and plays like a guard.'), []);
  assert.deepEqual(flagged(RULE, 'She released a 7″ single in May.'), []);
});

test('a vote tally written out takes figures and a hyphen', () => {
  const text = 'The council voted 5 to 4 on Tuesday, and the court split in a 6 to 3 decision. The bill passed by a vote of 230 to 205.';
  assert.deepEqual(flagged(RULE, text), ['5 to 4', '6 to 3', '230 to 205']);
  assert.equal(fixed(RULE, text), 'The council voted 5-4 on Tuesday, and the court split in a 6-3 decision. The bill passed by a vote of 230-205.');
  assert.deepEqual(flagged(RULE, 'Children ages 3 to 5 may enter. Crowds of 2 to 10 gathered. Voting runs from 7 to 8 p.m.'), []);
});

test('an amount with a dollar sign does not say dollars again', () => {
  const text = 'She paid $5 million dollars for the house and $40 dollars for the permit.';
  assert.deepEqual(flagged(RULE, text), ['$5 million dollars', '$40 dollars']);
  assert.equal(fixed(RULE, text), 'She paid $5 million for the house and $40 for the permit.');
  // Without the sign it is the other slip, written out: only that one finding.
  assert.deepEqual(flagged(RULE, 'It costs 5 million dollars, or $5 million, in Canadian dollars.'), ['5 million dollars']);
});

test('a tally after what a chamber did: “passed 52 to 48” → “52-48”; a range is no tally', () => {
  const text = 'The bill passed 52 to 48 in the Senate. The board approved the measure 7 to 2. The district approved 5 to 10 new hires.';
  assert.deepEqual(flagged(RULE, text), ['52 to 48', '7 to 2']);
  assert.equal(fixed(RULE, text), 'The bill passed 52-48 in the Senate. The board approved the measure 7-2. The district approved 5 to 10 new hires.');
  assert.equal(fixed(RULE, 'A panel of the 9th U.S. Circuit Court of Appeals ruled 2 to 1 to uphold it.'), 'A panel of the 9th U.S. Circuit Court of Appeals ruled 2-1 to uphold it.');
});

test('an age before a noun takes hyphens, an age after the verb none', () => {
  const text = 'A 6 year old girl and an 80-year old man were hurt. The senator, who is 72-years-old, spoke. The 72-year-old spoke. She is 6 years old. Children 5 years old and younger ride free. The cyclist, 58-year-old Anne Moreau, died.';
  assert.deepEqual(flagged(RULE, text), ['6 year old', '80-year old', '72-years-old']);
  assert.equal(fixed(RULE, text), 'A 6-year-old girl and an 80-year-old man were hurt. The senator, who is 72 years old, spoke. The 72-year-old spoke. She is 6 years old. Children 5 years old and younger ride free. The cyclist, 58-year-old Anne Moreau, died.');
});

test('round millions and billions take the word; thousands take a comma; precise figures and years stay', () => {
  const text = 'The budget is $3,500,000, and 2,000,000 people use the system, which cost $1,250,000,000. More than 1000 people attended, about 2500 of them students. The gift was $3,512,345. It was built in about 1990 when the town grew. About 2000 BC.';
  assert.deepEqual(flagged(RULE, text), ['$3,500,000', '2,000,000', '$1,250,000,000', '1000', '2500']);
  assert.equal(fixed(RULE, text), 'The budget is $3.5 million, and 2 million people use the system, which cost $1.25 billion. More than 1,000 people attended, about 2,500 of them students. The gift was $3,512,345. It was built in about 1990 when the town grew. About 2000 BC.');
});

test('whole dollars take no cents: “$5.00” → “$5”; real cents stay', () => {
  const text = 'Tickets cost $5.00 each, parking is $10.50, and she earned $45,000.00.';
  assert.deepEqual(flagged(RULE, text), ['$5.00', '$45,000.00']);
  assert.equal(fixed(RULE, text), 'Tickets cost $5 each, parking is $10.50, and she earned $45,000.');
  assert.deepEqual(flagged(RULE, '| Fare | Now |\n|---|---|\n| Base fare | $2.00 |\n| Reduced | $1.25 |', 'markdown'), []);
});

test('an age after the verb keeps its figure: “she was 4 when”, “since he was 9.”; a count after it does not', () => {
  const text = 'Rao was 4 when her grandfather taught her. He has coached her since she was 9. There were 3 cars.';
  assert.deepEqual(flagged(RULE, text), ['3']);
});

test('a shooting line is a ratio in figures: “went 9 for 9”, “7 of 11”; a count of assists is not', () => {
  assert.deepEqual(flagged(RULE, 'Edwards made 7 of 11 3-pointers and went 9 for 9 from the line. Jokic had 9 assists.'), ['9']);
  // Ages after “younger than” or “She’s”, and identifiers in parentheses, keep their figures.
  assert.deepEqual(flagged(RULE, 'Most of those admitted were younger than 6 months. She’s 7. The rule comes from Section 235(b)(1) of the act.'), []);
  assert.deepEqual(flagged(RULE, 'The show runs 6 months.'), ['6']);
  // Both figures of a ratio stay figures: “1 in 5”, “3 out of 4”.
  assert.deepEqual(flagged(RULE, 'About 1 in 5 adults smokes, and 3 out of 4 want to quit. Students in grades 3 through 8 took the test.'), []);
});

test('an amount with “dollars” after its figure takes the sign: “2 billion dollars” → “$2 billion”', () => {
  const text = 'The plan would cost 2 billion dollars, or 5 dollars a resident. Some paid in Australian dollars.';
  assert.deepEqual(flagged(RULE, text), ['2 billion dollars', '5 dollars']);
  assert.equal(fixed(RULE, text), 'The plan would cost $2 billion, or $5 a resident. Some paid in Australian dollars.');
});

test('an ordinal under 10 after a sentence’s first word is spelled out: “The 9th grade”', () => {
  assert.deepEqual(flagged(RULE, 'The 9th grade class met.'), ['9th']);
});

test('figures AP keeps: an age ending a sentence, temperatures, measures and weights, a basketball 3', () => {
  const text = 'He has twin girls, 3. It was only 4 below zero, and the low is 1 degree. Add 1 tablespoon of juice; each slice has 2 g fiber. Robinson hit a corner 3 and another 3 from the wing.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'She has 3 children and 2 dogs.'), ['3', '2']);
  assert.deepEqual(flagged(RULE, 'Okafor’s 3 from the left wing put Drake ahead 70-68. Her family’s 3 dogs were safe.'), ['3']);
  // A name ending a list's item is no "Route 9": "Walter; 3 children".
  assert.deepEqual(flagged(RULE, 'She is survived by her husband, Walter; 3 children and 7 grandchildren.'), ['3', '7']);
});

test('an age spelled out takes figures, before a noun or after the verb; one opening a sentence stays', () => {
  assert.equal(fixed(RULE, 'Her five-year-old son and a twenty-two-year-old man were hurt. The law is nine years old.'), 'Her 5-year-old son and a 22-year-old man were hurt. The law is 9 years old.');
  assert.deepEqual(flagged(RULE, 'Five-year-old Ava was fine. She is two years older than her brother. They waited five years.'), []);
});

test('box scores, tables, ingredient lists and hard-wrapped copy keep their figures', () => {
  const box = 'MIAMI (103)\nRobinson 3-7 0-0 9, Jovic 2-5 0-0 5, Highsmith 2-3 0-0 4, Love 1-2 0-0 2.\nAssists—Miami 24 (Butler 7), Boston 21 (Tatum 7).';
  assert.deepEqual(flagged(RULE, box), []);
  assert.deepEqual(flagged(RULE, '| Team | 1st | 2nd | 3rd | 4th |\n|---|---|---|---|---|\n| Miami | 20 | 31 | 25 | 27 |', 'markdown'), []);
  assert.deepEqual(flagged(RULE, '- 2 large eggs\n- 4 medium apples, peeled', 'markdown'), []);
  assert.deepEqual(flagged(RULE, '- 3 people were hurt when the bus left the road and rolled into the ditch.', 'markdown'), ['3']);
  assert.deepEqual(flagged(RULE, 'The trip took about 2\n1/2 hours, and crews arrived by 6\na.m. on Tuesday.'), []);
});

test('a temperature below zero takes the word “minus”, not a sign; ranges and scores keep their hyphens', () => {
  const text = 'Lows fell to -22 degrees in Duluth and −5°F in Fargo on Tuesday.';
  assert.deepEqual(flagged(RULE, text), ['-22', '−5']);
  assert.equal(fixed(RULE, text), 'Lows fell to minus 22 degrees in Duluth and minus 5°F in Fargo on Tuesday.');
  assert.deepEqual(flagged(RULE, 'Highs will reach 10-20 degrees above normal, and Duluth won 21-7 on Friday.'), []);
});

test('figures AP keeps for an area, a British percentage and a time of day; a transcript’s answers are verbatim', () => {
  assert.deepEqual(flagged(RULE, 'The fire burned about 9 square miles, and prices rose 8 per cent.'), []);
  assert.deepEqual(flagged(RULE, 'The rate was about 8 cases per 100,000 live births, and 3 per 1,000 in 2019.'), []);
  assert.deepEqual(flagged(RULE, 'Crews had the pipe out by 3 this morning and left at 5 in the afternoon.'), []);
  assert.deepEqual(flagged(RULE, 'SALAS: We had a 6-foot section out of the ground, and 4 crews on it.'), []);
  assert.deepEqual(flagged(RULE, 'Q: How did the 4 crews work overnight?'), ['4']);
  assert.deepEqual(flagged(RULE, 'The 3 square tables sat empty.'), ['3']);
});

test('a recipe keeps its small figures, in the ingredients and in the steps', () => {
  const recipe = 'Serves 6\n\n4 pounds short ribs (about 8 pieces)\n2 teaspoons kosher salt\n1 large yellow onion, diced\n3 carrots, peeled\n4 cloves garlic, smashed\n\nCook the onion until it softens, about 6 minutes. Add the garlic and cook 1 minute more.';
  assert.deepEqual(flagged(RULE, recipe), []);
  assert.deepEqual(flagged(RULE, '- 2 cups flour\n- 1 teaspoon salt\n- 3 large eggs\n\nBeat the eggs for 2 minutes.', 'markdown'), []);
  // One measure in a news story makes no recipe.
  assert.deepEqual(flagged(RULE, 'Add 1 tablespoon of juice. She has 3 children.'), ['3']);
});

test('a game’s clock takes figures (“with 8 seconds left”, “2 minutes to play”); another duration under 10 is spelled out', () => {
  assert.deepEqual(flagged(RULE, 'His 47-yard field goal with 8 seconds left won it, with 2 minutes to play in the half. The game took 3 hours.'), ['3']);
});

test('a time in two units is one measurement, in figures: “4 hours, 41 minutes”, “2 hours and 5 minutes”', () => {
  const text = 'She finished in 4 hours, 41 minutes, under the 4 hours and 5 minutes Boston asks. Running time: 2 hours, 20 minutes. The wait was 3 hours.';
  assert.deepEqual(flagged(RULE, text), ['3']);
});

test('ordinals naming districts in a list keep their figures', () => {
  assert.deepEqual(flagged(RULE, 'Incumbents in the 1st, 5th and 6th districts ran unopposed; the 2nd and 3rd wards did not. It was the 4th race.'), ['4th']);
});

test('a blotter or briefs item opening with a label is the reporter’s, not a transcript’s answer', () => {
  const text = 'ELM STREET FIRE: Firefighters rescued 5 people, including two children, from a house fire in the 400 block of Elm Street early Thursday.\n\nSALAS: We had 4 crews on it.';
  assert.deepEqual(flagged(RULE, text), ['5']);
});

test('football: a yard line and a scoring summary keep their figures', () => {
  const text = 'Harlan scored from the 1 with 6:21 left and was stopped at their own 4.\n\nFourth Quarter: CS—Harlan 7 run (Haugen kick), 14:51. CS—Harlan 1 run (Haugen kick), 6:21.\n\nShe moved to the 3 bedroom flat.';
  assert.deepEqual(flagged(RULE, text), ['3']);
});

test('a temperature below zero and an age or an hour after “at” keep their figures; a count after “at” does not', () => {
  const text = 'The high was forecast to reach only minus 8. She began playing at 7 on a fiddle, and by 9, she was playing dances. Crews worked at 3 sites.';
  assert.deepEqual(flagged(RULE, text), ['3']);
});
