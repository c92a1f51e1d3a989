import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'photo-credit-missing';

/** Applies the rule's fixes, then checks a second lint finds nothing left to fix. */
function fixedOnce(text: string, language: 'markdown' | 'plaintext' = 'plaintext'): string {
  const result = fixed(RULE, text, language);
  assert.deepEqual(flagged(RULE, result, language), [], 'the fix removes the finding');
  return result;
}

test('plain text: an alt-text line and a credited caption line need nothing', () => {
  const text = 'Kirby said on Tuesday.\n\nJohn Kirby, standing in front of a Pentagon seal.\nJohn Kirby addresses a news briefing on Tuesday. (Alex Wong/Getty Images)\n\nHe left.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('plain text: a picture’s description line and an AP-style caption line without credit get a credit template', () => {
  const text = 'The storm hit Friday.\n\nA utility worker stands in a bucket truck.\nA lineman repairs a power line in Beaumont, Texas, on Friday, Aug. 30, 2024.\n\nPower is out.';
  assert.deepEqual(flagged(RULE, text), ['A lineman repairs a power line in Beaumont, Texas, on Friday, Aug. 30, 2024.']);
  assert.equal(fixedOnce(text), text.replace('2024.', '2024. (PHOTOGRAPHER/AGENCY)'));
  // Body copy with such a date is no caption: one paragraph, one line.
  assert.deepEqual(flagged(RULE, 'The council will vote on Tuesday, Nov. 5, 2024.'), []);
});

test('plain text: a “Photo:” caption without credit gets a credit template at its end', () => {
  const text = 'Photo: John Kirby speaks at the Pentagon on Tuesday.\n\nKirby said the threat remained.';
  assert.deepEqual(flagged(RULE, text), ['Photo: John Kirby speaks at the Pentagon on Tuesday.']);
  assert.equal(fixedOnce(text), 'Photo: John Kirby speaks at the Pentagon on Tuesday. (PHOTOGRAPHER/AGENCY)\n\nKirby said the threat remained.');
});

test('plain text: labelled captions with a credit pass', () => {
  const text = 'Caption: Voters line up in Atlanta. (AP Photo/Jane Doe)\n\nPictured: The senator on Monday. Photo: Sam Lee/Reuters\n\nImage: A flooded street. Credit: Bo Chan';
  assert.deepEqual(flagged(RULE, text), []);
});

test('Markdown: an italic caption under the image without credit is fixed inside the italics', () => {
  const text = '![A hand holding a light bulb](bulb.jpg)  \n*A new study looks at the “a-ha!” moment.*\n\nMost of our work is unconscious.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['A new study looks at the “a-ha!” moment.']);
  assert.equal(fixedOnce(text, 'markdown'), '![A hand holding a light bulb](bulb.jpg)  \n*A new study looks at the “a-ha!” moment. (PHOTOGRAPHER/AGENCY)*\n\nMost of our work is unconscious.');
});

test('Markdown: a short plain caption paragraph after the image is checked', () => {
  const text = '![The PlayStation VR](vr.jpg)\n\nSony’s PlayStation VR.\n\nVirtual reality has arrived.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['Sony’s PlayStation VR.']);
  assert.equal(fixedOnce(text, 'markdown'), '![The PlayStation VR](vr.jpg)\n\nSony’s PlayStation VR. (PHOTOGRAPHER/AGENCY)\n\nVirtual reality has arrived.');
});

test('Markdown: images side by side share the caption under them, reported once', () => {
  const text = '![Biden](biden.jpg) ![Trump](trump.jpg)\n\nThe two candidates on Tuesday.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['The two candidates on Tuesday.']);
  assert.deepEqual(flagged(RULE, text.replace('Tuesday.', 'Tuesday. (Jane Doe/AP; John Roe/Reuters)'), 'markdown'), []);
});

test('Markdown: credits in the caption, the title or the alt text count', () => {
  const captioned = '![Kirby](kirby.jpg)\n\n¶ Kirby at a briefing. ¶ Photo by James Martin/CNET';
  const titled = '![Kirby at a briefing](kirby.jpg "Alex Wong/Getty Images")\n\nA long article paragraph follows the image here, and it goes on for a good while, saying what the spokesman said about the war and how the briefing went on Tuesday afternoon.';
  const inAlt = '![Supporters cheer. (Photo credit should read JIM WATSON/AFP/Getty Images)](cheer.jpg)\n\n22 Dec, 2016';
  const creditOnly = '![](dealprof.jpg)\n\nCredit Harry Campbell';
  const copyright = '![Nintendo/Apple](mario.img) © Provided by Business Insider Inc Nintendo and Apple shocked the world this year.';
  for (const text of [captioned, titled, inAlt, creditOnly, copyright]) assert.deepEqual(flagged(RULE, text, 'markdown'), [], text);
});

test('Markdown: a bare “Image” label between picture and caption is skipped', () => {
  const text = '![](merkel.jpg)\n\nImage\n\nChancellor Angela Merkel in Berlin on Monday.Credit...Gordon Welters for The New York Times\n\nThe talks went on.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
  assert.deepEqual(flagged(RULE, text.replace('.Credit...Gordon Welters for The New York Times', '.'), 'markdown'), ['Chancellor Angela Merkel in Berlin on Monday.']);
});

test('Markdown: a caption naming its source in prose is credited', () => {
  const text = '![The Vision Pro](vision.png)\n\n*I could not film my demo, so this photo from Apple will have to do.*';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('Markdown: a map or graphic credited by its label (“Map: …”) is credited; a titled map is not', () => {
  assert.deepEqual(flagged(RULE, '![Evacuation zones](map.png)\n*Map: Los Angeles County Fire Department*\n\nThe fire grew.', 'markdown'), []);
  assert.deepEqual(flagged(RULE, '![Prices](chart.png)\n\nChart: Bureau of Labor Statistics', 'markdown'), []);
  assert.deepEqual(flagged(RULE, '![Zones](map.png)\n*Map: Evacuation zones in Altadena on Wednesday*\n\nThe fire grew.', 'markdown'), ['Map: Evacuation zones in Altadena on Wednesday']);
});

test('Markdown: an image title is its caption when no caption follows', () => {
  const text = '![Kirby](kirby.jpg "John Kirby at the Pentagon on Tuesday.")\n\nKirby cast doubt on the Russian pledge to pull back from Kyiv, saying the Pentagon had seen no sign of a withdrawal in the past day.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['John Kirby at the Pentagon on Tuesday.']);
  assert.equal(fixedOnce(text, 'markdown'), text.replace('Tuesday.")', 'Tuesday. (PHOTOGRAPHER/AGENCY)")'));
});

test('Markdown: an image with no caption gets a credit line after it (CRLF kept)', () => {
  const long = 'Thanks to the commercial success of the films, their director has revisited and edited them again and again for re-releases over the decades since they first opened in theaters.';
  const text = `## Why the cuts matter\r\n\r\n[![A rebel ship](ship.jpg)](ship.jpg)\r\n\r\n${long}\r\n`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['![A rebel ship](ship.jpg)']);
  assert.equal(fixedOnce(text, 'markdown'), `## Why the cuts matter\r\n\r\n[![A rebel ship](ship.jpg)](ship.jpg)\r\n\r\n(PHOTOGRAPHER/AGENCY)\r\n\r\n${long}\r\n`);
});

test('an image inside prose is flagged without a fix: there is no caption to extend', () => {
  const text = '![Lupita Nyong’o](lupita.jpg)**Lupita Nyong’o**’s Oscar dress was stolen from her hotel room, TMZ has learned.';
  const [finding] = findings(RULE, text, 'markdown');
  assert.equal(finding.message, 'Image has no caption or credit: add a credit line, e.g. (Jane Doe/AP).');
  assert.deepEqual(finding.fixes, []);
});

test('decorative images (rules, icons, pixels) need no credit', () => {
  const text = '![update_graphic_red_bar](update-graphic-red-bar.jpg)**Update** -- Deputies arrived.\n\n<img src="https://example.com/pixel.gif" width="1" height="1">\n\n![](icons/share-icon.png)';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('HTML: a figcaption without credit gets one before </figcaption>; with one it passes', () => {
  const bare = '<figure>\n<img src="kyiv.jpg" alt="A street in Kyiv">\n<figcaption>A street in Kyiv 🇺🇦 on <em>Monday</em>.</figcaption>\n</figure>';
  assert.deepEqual(flagged(RULE, bare, 'markdown'), ['A street in Kyiv 🇺🇦 on <em>Monday</em>.']);
  assert.equal(fixedOnce(bare, 'markdown'), bare.replace('</em>.</figcaption>', '</em>. (PHOTOGRAPHER/AGENCY)</figcaption>'));
  const credited = bare.replace('.</figcaption>', '. (Efrem Lukatsky/AP)</figcaption>');
  assert.deepEqual(flagged(RULE, credited, 'markdown'), []);
});

test('a house agency list adds credits', () => {
  const text = 'Photo: The new bridge at dawn. Gazette Staff';
  assert.equal(flagged(RULE, text).length, 1);
  assert.deepEqual(flagged(RULE, text, 'plaintext', { options: { house: { agencies: ['Gazette Staff'] } } }), []);
});

test('a linked image’s caption follows its link: `[![…](thumb.jpg)](full.jpg)` then the caption line', () => {
  const credited = 'The fire spread.\n\n[![A crew cuts a line](a.jpg)](a-full.jpg)\nA crew cuts a line. (Jane Doe/AP)';
  assert.deepEqual(flagged(RULE, credited, 'markdown'), []);
  const uncredited = 'The fire spread.\n\n[![A crew cuts a line](a.jpg)](a-full.jpg)\nA crew cuts a line on Tuesday.';
  assert.equal(flagged(RULE, uncredited, 'markdown').length, 1);
});
