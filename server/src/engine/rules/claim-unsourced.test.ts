import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';
import { Linter } from '../linter';

const RULE = 'claim-unsourced';

const WAR =
  'Representatives met in Turkey on Tuesday to negotiate an end to the war, which has resulted in thousands of deaths and forced nearly 4 million refugees to flee Ukraine. The talks showed some signs of progress.';

test('figures with no source in the sentence or the next: one finding for the sentence, from first figure to last', () => {
  assert.deepEqual(flagged(RULE, WAR), ['thousands of deaths and forced nearly 4 million']);
  assert.equal(
    fixed(RULE, WAR),
    WAR.replace('flee Ukraine.', 'flee Ukraine, according to [SOURCE].'),
  );
});

test('the fix removes the finding: a second pass finds nothing', () => {
  assert.deepEqual(flagged(RULE, fixed(RULE, WAR)), []);
});

test('a source cue in the sentence, the next sentence or an earlier one in the paragraph is enough', () => {
  assert.deepEqual(flagged(RULE, 'More than 2% of people react to peanuts, according to the CDC.'), []);
  assert.deepEqual(flagged(RULE, 'About 40% of the town was flooded. That is the county’s estimate, the mayor said.'), []);
  assert.deepEqual(flagged(RULE, 'A new study found that 17% of children were allergic, a rise of 400% since 1997.'), []);
  assert.deepEqual(flagged(RULE, 'Sources tell TMZ the dress was taken. It is valued at $150,000.'), []);
});

test('an earlier “said” that attributes a quotation does not cover the reporter’s figure', () => {
  assert.deepEqual(flagged(RULE, '“We are ready,” Kirby said. The fighting has killed thousands of civilians since February.'), ['thousands of civilians']);
});

test('attribution in another paragraph does not carry over', () => {
  const text = '“We are ready,” Kirby said.\n\nThe fighting has killed thousands of civilians since February.';
  assert.deepEqual(flagged(RULE, text), ['thousands of civilians']);
});

test('a paragraph that opens by pointing back at the figures and naming their source sources the last sentence before it', () => {
  const lede = 'Home prices in the county rose 12% last year, the steepest climb in a decade.';
  for (const next of [
    'The figures, released Tuesday by the Northeast Realtors Association, cover sales through December.',
    'The numbers come from the county assessor’s office, which tracks every sale.',
    'That’s according to a report released Tuesday by the state housing agency.',
    'The data, compiled by Zillow, show inventory fell as well.',
  ]) assert.deepEqual(flagged(RULE, `${lede}\n\n${next}`), [], next);
  // Only the sentence right before it: an earlier sentence of the paragraph is another claim.
  assert.deepEqual(flagged(RULE, `Rents rose 8% in the city. ${lede}\n\nThe figures, released Tuesday by the Northeast Realtors Association, cover December.`), ['8%']);
  // A next paragraph that names a source for itself, or points back without naming one, does not.
  assert.deepEqual(flagged(RULE, `${lede}\n\nPolice said the suspect was arrested Tuesday.`), ['12%']);
  assert.deepEqual(flagged(RULE, `${lede}\n\nThe figures surprised many buyers this spring.`), ['12%']);
});

test('an edit to the paragraph after a figure that makes or unmakes its source is seen without a fresh lint', () => {
  const linter = new Linter();
  const lede = 'Home prices in the county rose 12% last year, the steepest climb in a decade.';
  const sourced = `${lede}\n\nThe figures, released Tuesday by the Northeast Realtors Association, cover December.`;
  const unsourced = `${lede}\n\nThe buyers, many of them young families, kept coming.`;
  const flaggedBy = (text: string) => linter.lint(text, 'plaintext').findings.filter((finding) => finding.rule === RULE).length;
  assert.equal(flaggedBy(unsourced), 1);
  assert.equal(flaggedBy(sourced), 0);
  assert.equal(flaggedBy(unsourced), 1);
});

test('a conversion in parentheses and a price in a currency written as a word are no claims', () => {
  assert.deepEqual(flagged(RULE, 'The ferry is cheap: expect to pay about 175 Danish kroner (about $25) for a round trip.'), []);
  assert.deepEqual(flagged(RULE, 'The trail climbs a ridge more than 400 meters (1,300 feet) high above the fjord.'), []);
  assert.deepEqual(flagged(RULE, 'Rooms at the guesthouse cost 1,100 kroner (about $160) a night in July.'), []);
  // Not a conversion: a comparison in parentheses is a figure of its own.
  assert.deepEqual(findings(RULE, 'The county recorded 1,200 overdoses last year (up from 1,050 in 2022).').map((finding) => finding.data?.figures), [['1,200', '1,050']]);
});

test('a table’s rows set out figures whose source is the table’s', () => {
  const table = '| Household income | Rebate | Cap |\n|---|---|---|\n| $30,000 or less | 50% of the bill | up to $800 |\n| $30,001 to $60,000 | 35% of the bill | up to $525 |';
  assert.deepEqual(flagged(RULE, table, 'markdown'), []);
});

test('a Markdown link or a footnote in the sentence is its source', () => {
  assert.deepEqual(flagged(RULE, 'Wages fell 3% last year in [a Labor Department report](https://dol.gov/x).', 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'Wages fell 3% last year across the whole region.[^1]\n\n[^1]: Labor Department.', 'markdown'), []);
});

test('dates, times, ages, years, scores, addresses, sizes and small counts are not claims', () => {
  const text =
    'The home side won 3-2 on March 26, 2022, at 7:30 p.m. before the 45-year-old coach left. He lives at 1600 Pennsylvania Ave. and was born in 1977. Five people attended the second half of the meeting. The rocks formed millions of years ago, thousands of miles away, and half of the time it rains. The 2,500-seat arena sits on a 1,200-acre site.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('percentages, proportions, large counts, multiples and rankings are claims', () => {
  assert.deepEqual(flagged(RULE, 'One in five adults in the region now works from home most days.'), ['One in five']);
  assert.deepEqual(flagged(RULE, 'Half of the county’s schools closed during the storm last week.'), ['Half of']);
  assert.deepEqual(flagged(RULE, 'The dress is made of 6,000 white pearls from Japan.'), ['6,000']);
  assert.deepEqual(flagged(RULE, 'Rents in the city rose four times faster than wages this year.'), ['four times']);
  assert.deepEqual(flagged(RULE, 'The school ranked third in the state for reading this year.'), ['ranked third']);
});

test('a market’s move is its public record; other rises and falls still need a source', () => {
  const text = 'Shares of Acme fell 4% in extended trading. The Dow Jones Industrial Average lost 1,200 points on Monday. Oil prices rose 3 percent after the report. The yield on the 10-year note edged up 0.05 percentage point.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'Home prices in the county rose 12% over the year.'), ['12%']);
  assert.deepEqual(flagged(RULE, 'Acme shares fell after sales dropped 8% in the quarter.'), ['8%']);
  // The move named as a noun, or after the closing price.
  assert.deepEqual(flagged(RULE, 'Its stock had climbed 38% this year, compared with a gain of about 15% for the S&P 500. The shares closed the regular session at $142.17, down 1.2%, before the results.'), []);
  assert.deepEqual(flagged(RULE, 'Home prices climbed 9% this year, a gain of about 15% for the region.'), ['9% this year, a gain of about 15%']);
});

test('a vote’s result, a measure’s terms, a player’s statistics and a thing’s size are on record; ranges, changes and estimates still need a source', () => {
  const text = 'Voters also approved a measure raising the city’s sales tax by 0.25 percentage points to pay for parks, 61% to 39%. Ruiz led 54.3 percent to 45.7 percent. The bill would cap rent increases at 5% a year.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'Sales are expected to grow 5% to 7% next year.'), ['5% to 7%']);
  assert.deepEqual(flagged(RULE, 'Support for the plan fell from 52% to 45% in a year.'), ['52% to 45%']);
  assert.deepEqual(flagged(RULE, 'The measure would cut emissions by 40% by 2030.'), ['40%']);
  assert.deepEqual(flagged(RULE, 'Salaried workers who earn less than $58,656 a year will be eligible, and families making under $75,000 get the credit.'), []);
  assert.deepEqual(flagged(RULE, 'The company earned more than $2 billion last year.'), ['more than $2 billion']);
  assert.deepEqual(flagged(RULE, 'The package includes about $61 billion for Ukraine, $26 billion for Israel and $8 billion for the Indo-Pacific.'), []);
  assert.deepEqual(flagged(RULE, 'The measure keeps most agencies funded at current levels but adds about $6 billion for defense and cuts about $13 billion from nondefense programs.'), []);
  assert.deepEqual(flagged(RULE, 'The plan would cost about $3.5 billion over a decade.'), ['about $3.5 billion']);
  assert.deepEqual(flagged(RULE, 'Kelce became the first tight end to reach 12,000 career receiving yards. Wilson passed 1,000 points.'), []);
  assert.deepEqual(flagged(RULE, 'The stadium drew 12,000 fans.'), ['12,000']);
  assert.deepEqual(flagged(RULE, 'The Knicks led 62-48 at halftime after shooting 58% from the field. Boston held them to 36% in the second half.'), []);
  assert.deepEqual(flagged(RULE, 'Brown made 45% of his 3-pointers this season, and the team shot 81% from the line.'), []);
  assert.deepEqual(flagged(RULE, 'About 36% of fans in the second half left early.'), ['36%']);
  assert.deepEqual(flagged(RULE, 'The ship is 1,100 feet long.'), []);
  assert.deepEqual(flagged(RULE, 'The fire has burned 12,000 acres.'), ['12,000']);
  assert.deepEqual(flagged(RULE, 'It orbits the sun about 1 million miles from Earth, and the galaxy is 1,600 light-years across.'), []);
  assert.deepEqual(flagged(RULE, 'About 1 million people live within 30 miles of the plant.'), ['1 million']);
  assert.deepEqual(flagged(RULE, 'NASA’s budget for astrophysics was cut by 18% in the latest spending bill.'), []);
  assert.deepEqual(flagged(RULE, 'Car thefts fell 18% under the new law.'), ['18%']);
  assert.deepEqual(flagged(RULE, 'Under the treaty, Mexico must deliver an average of 350,000 acre-feet of water a year. The settlement requires the company to pay $2 million.'), []);
  assert.deepEqual(flagged(RULE, 'Under the bill, 2 million people would lose coverage.'), ['2 million']);
});

test('what the writer did and counted is a first-person account, its own source', () => {
  assert.deepEqual(flagged(RULE, 'For 30 days, I spent $6.20 a day on food. We analyzed 2,000 court records.'), []);
  assert.deepEqual(flagged(RULE, 'I routinely ended the day with 40% left, even with heavy use of maps. In my testing, the battery lost about 8% an hour.'), []);
  assert.deepEqual(flagged(RULE, 'The city spent $6 million on the project.'), ['spent $6 million']);
  assert.deepEqual(flagged(RULE, 'Most owners ended the day with 40% left, even with heavy use of maps.'), ['40%']);
});

test('a crowd the reporter saw is described, not counted; a precise or unseen one still needs a source', () => {
  assert.deepEqual(flagged(RULE, 'Hundreds of students walked out of Lincoln High School on Thursday morning.'), []);
  assert.deepEqual(flagged(RULE, 'Thousands of people lined the route of the parade on Sunday.'), []);
  assert.deepEqual(flagged(RULE, 'Hundreds of farmers blocked two highways on Monday, in a debate that drew hundreds of parents to meetings.'), []);
  assert.deepEqual(flagged(RULE, 'On the slopes thousands of puffins nest in burrows from May to August.'), []);
  assert.deepEqual(flagged(RULE, 'Thousands of residents have lost their homes since the war began.'), ['Thousands of residents']);
  assert.deepEqual(flagged(RULE, 'Millions of Americans marched in the streets last year.'), ['Millions of Americans']);
});

test('an election’s returns are public record; what voters think is a poll’s', () => {
  assert.deepEqual(flagged(RULE, 'Chen leads state Sen. Paul Ortiz by 18 percentage points with about 60% of the expected vote counted.'), []);
  assert.deepEqual(flagged(RULE, 'Ruiz won 58% of the vote in the runoff, or 412,000 votes in all.'), []);
  assert.deepEqual(flagged(RULE, 'About 52% of voters now back the plan to widen the highway.'), ['52%']);
});

test('what a body adopts and its terms are the document’s, an offer is its side’s; a review’s price bracket is a category', () => {
  assert.deepEqual(flagged(RULE, 'The council approved a $1.8 billion budget for the fiscal year that begins July 1, a 4.2% increase over this year’s spending.'), []);
  assert.deepEqual(flagged(RULE, 'The council approved a 4.99% rise in council tax on Tuesday, the most allowed.'), []);
  assert.deepEqual(flagged(RULE, 'Households will pay 4.99 per cent more in council tax from April after councillors approved the budget on Tuesday.'), []);
  assert.deepEqual(flagged(RULE, 'Households will pay 4.99% more in council tax from April, the most in a decade.'), ['4.99%']);
  assert.deepEqual(flagged(RULE, 'Councillors in Bristol have approved a 4.99 per cent rise in council tax for the coming year.'), []);
  assert.deepEqual(flagged(RULE, 'City spending grew 4.2% over the last year, driven by pensions.'), ['4.2%']);
  assert.deepEqual(flagged(RULE, 'The board also approved a contract with First Student Inc. for bus service, worth $14.2 million over three years.'), []);
  assert.deepEqual(flagged(RULE, 'The district has offered raises of 4.5% over two years. The union wants 8% in the first year alone.'), []);
  assert.deepEqual(flagged(RULE, 'The governor wants to close a program that serves 40% of residents.'), ['40%']);
  assert.deepEqual(flagged(RULE, 'It is, simply, the best phone under $500 you can buy right now.'), []);
  assert.deepEqual(flagged(RULE, 'The storm did under $500 million in damage to the county.'), ['under $500 million']);
  assert.deepEqual(flagged(RULE, 'Reserves are below the 17% recommended by the Government Finance Officers Association.'), []);
});

test('a company’s reported results are its earnings report; a market’s figures still need a source', () => {
  const results = 'Revenue fell 9% to $21.3 billion. Tesla’s deliveries fell 8.5% in the first quarter, to 386,810 vehicles. Its quarterly profit rose 12%.';
  assert.deepEqual(flagged(RULE, results), []);
  assert.deepEqual(flagged(RULE, 'Home sales fell 5% last month.'), ['5%']);
  assert.deepEqual(flagged(RULE, 'Sales of electric cars rose 40% last year.'), ['40%']);
  assert.deepEqual(flagged(RULE, 'The company earned more than $2 billion last year.'), ['more than $2 billion']);
});

test('a price by the unit and a ground’s attendance are on record; totals and crowds still need a source', () => {
  assert.deepEqual(flagged(RULE, 'The drugs can cost more than $1,000 a month without insurance. Attendance at Etihad Stadium was 53,287, a record.'), []);
  assert.deepEqual(flagged(RULE, 'Technical—Carver bench. Total Fouls—Carver 17, Northfield State 12. A—3,412.'), []);
  assert.deepEqual(flagged(RULE, 'The cleanup could cost more than $1 billion.'), ['more than $1 billion']);
  assert.deepEqual(flagged(RULE, 'A crowd of 10,000 marched downtown.'), ['10,000']);
});

test('researchers doing the counting are the figure’s source, for the sentences after them too', () => {
  const text = 'Researchers at the University of Florida analyzed health records of more than 300,000 adults. Those prescribed the drugs had a 33% lower risk.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a correction restating a figure is an editor’s note, not a claim', () => {
  assert.deepEqual(flagged(RULE, 'Correction: An earlier version of this story misstated the share of renters in the city. It is 45%, not 54%.'), []);
  assert.deepEqual(flagged(RULE, 'About 45% of the city’s households rent their homes.'), ['45%']);
});

test('the survey the people counted answered is the figure’s source', () => {
  assert.deepEqual(flagged(RULE, 'About 45% of families who answered a district survey backed the change, while 38% opposed it.'), []);
  assert.deepEqual(flagged(RULE, 'About 45% of families backed the change, while 38% opposed it.'), ['45% of families backed the change, while 38%']);
  assert.deepEqual(flagged(RULE, 'Analysts polled by FactSet had expected revenue of $2.45 billion, about 4% more.'), []);
});

test('estimated and valued money is a claim; a plain price is not', () => {
  assert.deepEqual(flagged(RULE, 'The shares left behind are worth about $28 billion today.'), ['worth about $28 billion']);
  assert.deepEqual(flagged(RULE, 'The levee was rebuilt at a cost of $14.5 billion after the flood.'), ['a cost of $14.5 billion']);
  assert.deepEqual(flagged(RULE, 'The game will launch on December 15 for a flat fee of $9.99.'), []);
});

test('figures inside quotations are the speaker’s, not the reporter’s', () => {
  const text = 'The mayor was blunt. “Thousands of homes are gone and 40% of the town is under water.”';
  assert.deepEqual(flagged(RULE, text), []);
});

test('headlines, captions and credits carry figures without sourcing', () => {
  const text =
    'Storm leaves 40% of county without power\n\nThe storm hit on Monday.\n\nPhoto: Crews restore power to thousands of homes.\n\nLinemen at work on 2,000 poles on Tuesday. (Jane Doe/AP Photo)';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, '# Storm leaves 40% of county without power\n\nThe storm hit on Monday.', 'markdown'), []);
});

test('an italic caption under an image, or an italic note, is not the story’s claim', () => {
  const text = '![Flooded street](flood.jpg)\n*Water covered 40% of the town on Monday.*\n\n*Nearly 4 million readers get our newsletter every week.*';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'Water covered *40%* of the town on Monday.', 'markdown'), ['40%']);
});

test('labels and price tags are not statements', () => {
  assert.deepEqual(flagged(RULE, '## Annual\n\n$70/year\n\nAbout 30% off.', 'markdown'), []);
});

test('the fix goes after a closing abbreviation, at the end of an unpunctuated line, and not into a quote', () => {
  assert.equal(
    fixed(RULE, 'More than 2% of people react to peanuts in the U.S.'),
    'More than 2% of people react to peanuts in the U.S., according to [SOURCE].',
  );
  assert.equal(fixed(RULE, 'Nearly 4 million people have fled the country'), 'Nearly 4 million people have fled the country, according to [SOURCE]');
  const quoted = 'Nearly 4 million people have fled, in what he called “a catastrophe.”';
  assert.equal(findings(RULE, quoted).length, 1);
  assert.deepEqual(findings(RULE, quoted)[0].fixes, []);
});

test('offsets are UTF-16 and survive emoji, CRLF and curly quotes', () => {
  const text = 'Storm update 🌀\r\n\r\n“We’re ready,” Kirby said.\r\n\r\nThe storm 🌧 cut power to 40% of homes.\r\n';
  assert.deepEqual(flagged(RULE, text), ['40%']);
  assert.equal(fixed(RULE, text), text.replace('of homes.', 'of homes, according to [SOURCE].'));
});

test('a poll’s margin of error is the poll’s own method; its findings still need the poll named', () => {
  assert.deepEqual(flagged(RULE, 'The margin of error is plus or minus 4 percentage points.'), []);
  assert.deepEqual(flagged(RULE, 'Support for the plan rose 4 percentage points.'), ['4 percentage points']);
});

test('a study the story has named is the source of what it followed and what happened in it', () => {
  const study = 'The trial followed 19,114 people in Australia.\n\nAbout 1 in 20 people died during the study. Major bleeding occurred in 3.8% of the aspirin group.';
  assert.deepEqual(flagged(RULE, study), []);
  assert.deepEqual(flagged(RULE, 'About 1 in 20 people died last year. Major bleeding occurred in 3.8% of patients.'), ['1 in 20', '3.8%']);
});

test('an answer in a Q&A is its speaker’s; the question and the reporter’s own copy are not', () => {
  assert.deepEqual(flagged(RULE, 'Q: How do you make a living?\n\nA: Touring, mostly. Streaming is maybe 5% of what we earn.'), []);
  assert.deepEqual(flagged(RULE, 'Q: Streaming pays about 5% of what bands earn, right?'), ['5%']);
});

test('reported results, a stock’s move, returns with a name between and a study named with its place', () => {
  const results = 'Sales at stores open at least a year, a key measure of a retailer’s health, fell 4.2%. Online sales rose 6%, but that was not enough.';
  assert.deepEqual(flagged(RULE, results), []);
  assert.deepEqual(flagged(RULE, 'Harbor Lane’s stock had fallen 22% this year through Tuesday’s close.'), []);
  assert.deepEqual(flagged(RULE, 'With about 94% of the expected vote counted, Reyes had 52.6% to Pettit’s 45.1%.'), []);
  const study = 'A separate trial published in 2016 in Diabetologia followed 41 adults. After a walk, their blood sugar was 12% lower on average.';
  assert.deepEqual(flagged(RULE, study), []);
  assert.deepEqual(flagged(RULE, 'A 2022 study at the University of Houston reduced the rise by 52% in the 25 adults who took part.'), []);
  assert.deepEqual(flagged(RULE, 'The trial of the former officer drew about 40% of the town to the courthouse.'), ['40%']);
  assert.deepEqual(flagged(RULE, 'The wine list runs to about 70 bottles, nearly all Italian, and most under $60.'), []);
});

test('a city’s population in millions is background too', () => {
  assert.deepEqual(flagged(RULE, 'Dnipro, a city of nearly 1 million people before the invasion, was hit again on Thursday morning.'), []);
});

test('what a body voted to do, a place’s population and a trial that found are on record or sourced', () => {
  assert.deepEqual(flagged(RULE, 'The regents voted 14 to 3 on Thursday to raise in-state undergraduate tuition by 4% next fall.'), []);
  assert.deepEqual(flagged(RULE, 'Everyone knows everyone in this town of 2,800 on the river.'), []);
  assert.deepEqual(flagged(RULE, 'A smaller 2020 trial at the University of California, San Francisco, found that about 65% of the weight lost was muscle.'), []);
  assert.deepEqual(flagged(RULE, 'About 2,800 people left the town last year.'), ['2,800']);
});

test('records obtained by a newsroom, logs, a bank’s rate decision, a yield’s move and a median-income threshold are sourced or on record', () => {
  assert.deepEqual(flagged(RULE, 'Records obtained by The Herald show that Keystone billed the county for 2,900 nurse shifts in 2023.'), []);
  assert.deepEqual(flagged(RULE, 'Jail staffing logs for the same year record 2,150 shifts.'), []);
  assert.deepEqual(flagged(RULE, 'Researchers at Harvard and Stanford universities who track pandemic recovery found in a report that students made up about a third of their lost ground.'), []);
  assert.deepEqual(flagged(RULE, 'The Federal Reserve left its benchmark interest rate unchanged Wednesday at about 4.3%.'), []);
  assert.deepEqual(flagged(RULE, 'The yield on the 10-year Treasury fell to 4.21% from 4.29% late Tuesday.'), []);
  assert.deepEqual(flagged(RULE, 'Households earning less than 80% of the area median income can receive up to three months of rent.'), []);
});

test('a hedge is no source: “an estimated $1.2 million”, “could top $1 billion”', () => {
  assert.deepEqual(flagged(RULE, 'Her endorsement deals are worth an estimated $1.2 million a year.'), ['worth an estimated $1.2 million']);
  assert.deepEqual(flagged(RULE, 'Insured losses could top $1 billion, the worst in years.'), ['could top $1 billion']);
  assert.deepEqual(flagged(RULE, 'The county estimated the damage at $40 million.'), []);
  assert.deepEqual(flagged(RULE, 'The number was estimated at 11 million in 2022, the Pew Research Center found.'), []);
  // A projection in the passive names no one projecting, unless it says by whom.
  assert.deepEqual(flagged(RULE, 'The market is projected to reach $82 billion by 2030, growing about 6% a year.'), ['projected to reach $82 billion by 2030, growing about 6%']);
  assert.deepEqual(flagged(RULE, 'The market is projected by the IMF to grow about 6% a year.'), []);
  assert.deepEqual(flagged(RULE, 'Analysts projected growth of about 6% a year.'), []);
});

test('a measured change over time is a claim: “risen about 4 inches since 1993”', () => {
  assert.deepEqual(flagged(RULE, 'Sea levels along the coast have risen about 4 inches since 1993.'), ['risen about 4 inches since 1993']);
  assert.deepEqual(flagged(RULE, 'The glacier has retreated 2 miles over the past century, the park service said.'), []);
  assert.deepEqual(flagged(RULE, 'The river fell 3 feet overnight and crews reopened the bridge.'), []);
});

test('a weasel or the counted people “saying” is no source: “Critics say …”, “About 40% of residents say …”', () => {
  assert.deepEqual(flagged(RULE, 'Critics say the city waited too long. Nearly a third of independent bakeries in the area have closed since 2019.'), ['a third of']);
  assert.deepEqual(flagged(RULE, 'About 40% of Riverton residents say they do not trust the city with their data.'), ['40%']);
  assert.deepEqual(flagged(RULE, 'About 40% of Riverton residents say they do not trust the city, a Pew survey found.'), []);
  // An article that names its poll sources what the people it counted said.
  assert.deepEqual(flagged(RULE, 'The Marist poll of 1,200 adults was taken last week.\n\nAbout 28% of voters under 30 said they were certain to vote.'), []);
});

test('a legal limit or penalty is the law’s text: “the federal limit of 0.3%”, “fines of up to $10,000 per sale”', () => {
  assert.deepEqual(flagged(RULE, 'The bill would count every form of THC toward the federal limit of 0.3% by weight.'), []);
  assert.deepEqual(flagged(RULE, 'Shops would have 90 days to comply, and violations would carry fines of up to $10,000 per sale.'), []);
  assert.deepEqual(flagged(RULE, 'About 30% of shops already comply with the rule, and most expect to.'), ['30%']);
});

test('a survey named “in the survey”, a journal that published the results, a price list, a half of a place', () => {
  assert.deepEqual(flagged(RULE, 'In the survey, 78% of rail riders rated the service good or excellent, up from 71% in 2023.'), []);
  assert.deepEqual(flagged(RULE, 'The drug was tested in 1,218 adults with the disease. The results were published Wednesday in The New England Journal of Medicine.'), []);
  assert.deepEqual(flagged(RULE, 'Rooms in Friday Harbor in July start around $250 a night at most inns, and the fish and chips run about $24.'), []);
  assert.deepEqual(flagged(RULE, 'An evacuation order is in effect for the rest of Meiners Oaks and the western half of Ojai.'), []);
  assert.deepEqual(flagged(RULE, 'The project will cost about $2 billion over a decade.'), ['about $2 billion']);
});

test('a fraction of a measure is a size, not a count: “lots smaller than a quarter of an acre”', () => {
  assert.deepEqual(flagged(RULE, 'The ordinance limits residents to six hens on lots smaller than a quarter of an acre.'), []);
});

test('a list under a line naming its source is that source’s', () => {
  const text = 'The assessment was released Monday.\n\nAmong the report’s findings:\n\n- Ice cover fell from 53% to 35% in the decade ending in 2024.\n- Heavy storms increased 35% between 1958 and 2023.\n\nMore changes are coming.\n\n- Rents rose 12% last year.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['12%']);
});

test('a winning margin, an offer’s terms and a wine list’s prices are on record', () => {
  assert.deepEqual(flagged(RULE, 'Ortega was elected mayor Tuesday, defeating former police Chief Robert Haines by nearly 9 percentage points in a close race.'), []);
  assert.deepEqual(flagged(RULE, 'Harlan’s last offer included general wage increases of 14 percent over four years.'), []);
  assert.deepEqual(flagged(RULE, 'The list runs to about 30 wines by the bottle. Most bottles are priced under $60.'), []);
});

test('an audit that found is a source: “A state audit found”, “The audit also found”', () => {
  assert.deepEqual(flagged(RULE, 'A state audit found that his office could not account for about $312,000. The audit also found that about $41,000 in fees was not deposited.'), []);
});

test('a sellout crowd’s count, a list price and a road or a price in a year are no claims', () => {
  assert.deepEqual(flagged(RULE, 'Cascade State beat Rio Verde 31-24 before a sellout crowd of 21,118 at Timberwolf Stadium.'), []);
  assert.deepEqual(flagged(RULE, 'Both treatments carry list prices of more than $2 million.'), []);
  assert.deepEqual(flagged(RULE, 'When a home improvement chain opened a store off Route 9 in 2003, sales fell.'), []);
  assert.deepEqual(flagged(RULE, 'One in 5 adults skips the dose.'), ['One in 5']);
});

test('a box whose source line follows it is that source’s', () => {
  const text = '**By the numbers**\n\n- **6.2%**: rise in the median rent in 2024\n- **41,000**: households spending half their income on rent\n\n*Source: Sacramento Area Council of Governments*\n\nRents rose.\n\n- About 12% of renters in the region moved out of the county last year.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['12%']);
});

test('on record: a stock’s move in dollars and percent, a body’s raise, returns in votes, an exact crowd, a trip’s miles, a headcount, a law’s rates', () => {
  const lines = [
    'Shares of Harbor Ridge rose $4.12, or 6.3%, to $69.50 in afternoon trading.',
    'The council also approved, on a 9-0 vote, a one-time payment of $2,000 to city employees and a 3% cost-of-living raise for nonunion workers.',
    'Students protested a 12% tuition increase approved by the university’s trustees last week.',
    'Proposition 412 passed 62,118 to 55,407, a difference of 6,711 votes out of more than 117,000 cast.',
    'Moreno won easily, winning 71% of the vote to 29% for real estate agent Troy Kessler.',
    'A crowd of 11,486 watched the game after the band traveled more than 2,000 miles to play.',
    'The company employs about 11,800 people in four states.',
    'The bill would require companies with more than $50 million in annual revenue to commission an audit.',
    'It creates a new 6.875% tax on digital purchases and sets aside 5% of the general fund as a reserve.',
  ];
  for (const line of lines) assert.deepEqual(flagged(RULE, line), [], line);
  assert.deepEqual(flagged(RULE, 'A crowd of 10,000 marched through downtown on Saturday afternoon.'), ['10,000']);
});
