import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreditReader } from './credits';

const reader = new CreditReader();

/** Each credit found, as `format: text`. */
function credits(text: string, using = reader): string[] {
  return using.find(text).map((credit) => `${credit.format}: ${text.slice(credit.start, credit.end)}`);
}

test('parenthetical credits: photographer and agency, agency via agency, AP Photo, spaced slash', () => {
  assert.deepEqual(credits('Kirby at the Pentagon on Tuesday. (Alex Wong/Getty Images)'), ['parenthetical: (Alex Wong/Getty Images)']);
  assert.deepEqual(credits('Soldiers on a tank. (Sefa Karacan/Anadolu Agency via Getty Images)'), ['parenthetical: (Sefa Karacan/Anadolu Agency via Getty Images)']);
  assert.deepEqual(credits('Voters line up in Atlanta. (AP Photo/Jane Doe)'), ['parenthetical: (AP Photo/Jane Doe)']);
  assert.deepEqual(credits('Traders on the floor. (John Minchillo / AP)'), ['parenthetical: (John Minchillo / AP)']);
});

test('a freelancer’s credit names the outlet after “for”: (Maren Holm for The Traveler)', () => {
  assert.deepEqual(credits('Fishing boats in the harbor at Klaksvik. (Maren Holm for The Traveler)'), ['parenthetical: (Maren Holm for The Traveler)']);
  assert.deepEqual(credits('Voters in Queens. (Ruth Fremson for The New York Times)'), ['parenthetical: (Ruth Fremson for The New York Times)']);
  assert.deepEqual(credits('The mayor (running for reelection) spoke.'), []);
  // A handout's source ending the caption, whoever it is.
  assert.deepEqual(credits('*The recalled pressure cooker. (U.S. Consumer Product Safety Commission)*'), ['parenthetical: (U.S. Consumer Product Safety Commission)']);
  assert.deepEqual(credits('Sen. Jane Doe (D-Calif.) spoke on Tuesday. (Family Photo)'), ['parenthetical: (Family Photo)']);
});

test('an agency alone in parentheses is a credit; other parentheses are not', () => {
  assert.deepEqual(credits('Firefighters at the scene. (AP)'), ['parenthetical: (AP)']);
  assert.deepEqual(credits('Sen. Jane Doe (D-Calif.) spoke (briefly) on Tuesday.'), []);
  assert.deepEqual(credits('The fee is paid in cash and/or stock (and/or options).'), []);
});

test('labelled credits: Photo:, Photo by, Credit:, Courtesy of, Source:', () => {
  assert.deepEqual(credits('Photo: Jane Doe/Reuters'), ['photo-colon: Photo: Jane Doe/Reuters']);
  assert.deepEqual(credits('The mayor at City Hall. Photo by Sam Lee'), ['labelled: Photo by Sam Lee']);
  assert.deepEqual(credits('Credit: Ruth Fremson/The New York Times'), ['labelled: Credit: Ruth Fremson/The New York Times']);
  assert.deepEqual(credits('The couple on their wedding day. Courtesy of the family'), ['labelled: Courtesy of the family']);
  assert.deepEqual(credits('Flood waters in Lismore. Source: Supplied'), ['labelled: Source: Supplied']);
});

test('newsroom variants: Photograph:, Photographer:, Credit…, (Photo: Name, Paper), Image source', () => {
  assert.deepEqual(credits('Boris Johnson in Downing Street. Photograph: Alastair Grant/AP'), ['photo-colon: Photograph: Alastair Grant/AP']);
  assert.deepEqual(credits('Traders in Tokyo. Photographer: Kiyoshi Ota/Bloomberg'), ['labelled: Photographer: Kiyoshi Ota/Bloomberg']);
  assert.deepEqual(credits('Credit…Chang W. Lee for The New York Times'), ['labelled: Credit…Chang W. Lee for The New York Times']);
  assert.deepEqual(credits('Fans at the game. (Photo: Jane Doe, USA TODAY)'), ['parenthetical: (Photo: Jane Doe, USA TODAY)']);
  assert.deepEqual(credits('Image source, Getty Images'), ['labelled: Image source, Getty Images']);
  assert.deepEqual(credits('The summit in Geneva. AFP via Getty Images'), ['trailing: AFP via Getty Images']);
  assert.deepEqual(credits('Photo Illustration: CNN/Getty'), ['photo-colon: Photo Illustration: CNN/Getty']);
  assert.deepEqual(credits('Image: mashable composite'), ['photo-colon: Image: mashable composite']);
  assert.deepEqual(credits('Scott Morrison in Canberra. Picture: Supplied'), ['photo-colon: Picture: Supplied']);
  assert.deepEqual(credits('Composite: Guardian Design'), ['photo-colon: Composite: Guardian Design']);
  assert.deepEqual(credits('Emmanuel Macron à l’Élysée. Crédit : AFP'), ['labelled: Crédit : AFP']);
});

test('a caption opened by “Photo:” is not a credit', () => {
  assert.deepEqual(credits('Photo: Kirby speaks at the Pentagon on Tuesday.'), []);
});

test('prose that mentions credit or courtesy is not a credit', () => {
  assert.deepEqual(credits('We accept credit card, Apple Pay and Google Pay.'), []);
  assert.deepEqual(credits('He stood aside out of courtesy to his hosts.'), []);
});

test('scraped credits: glued to the caption, NYT’s doubled label, CNET’s pilcrows, MSN’s ©', () => {
  assert.deepEqual(credits('Protesters march in Paris on Thursday.Anthony Wallace / AFP - Getty Images'), ['trailing: Anthony Wallace / AFP - Getty Images']);
  assert.deepEqual(credits('Miners underground.CreditCreditChang W. Lee/The New York Times'), ['labelled: CreditCreditChang W. Lee/The New York Times']);
  assert.deepEqual(credits('Credit Harry Campbell'), ['labelled: Credit Harry Campbell']);
  assert.deepEqual(credits('¶ Facebook CEO Mark Zuckerberg, the man with the acquisition plan. ¶ Photo by James Martin/CNET'), ['labelled: Photo by James Martin/CNET']);
  assert.deepEqual(credits('© Provided by Business Insider Inc'), ['labelled: © Provided by Business Insider Inc']);
});

test('an agency name alone ends a caption as its credit', () => {
  assert.deepEqual(credits('Smoke rises over Kharkiv on Monday. Reuters'), ['trailing: Reuters']);
  assert.deepEqual(credits('Smoke rises over Kharkiv, officials told Reuters'), []);
});

test('a caption naming its source in prose credits it', () => {
  assert.deepEqual(credits('I could not film the demo, so this photo from Apple will have to do.'), ['prose: photo from Apple']);
});

test('a credit inside alt text, as scraped pages keep it', () => {
  assert.deepEqual(credits('Trump supporters cheer. (Photo credit should read JIM WATSON/AFP/Getty Images)'), ['parenthetical: (Photo credit should read JIM WATSON/AFP/Getty Images)']);
});

test('house agencies are credits too', () => {
  const house = new CreditReader(['Gazette Staff']);
  // Mid-caption, only a known agency makes a parenthesis a credit (one ending the caption is one anyway).
  assert.deepEqual(credits('The new bridge (Gazette Staff) at dawn, looking east.'), []);
  assert.deepEqual(credits('The new bridge (Gazette Staff) at dawn, looking east.', house), ['parenthetical: (Gazette Staff)']);
});

test('credited names compare without case, spacing or the word Photo', () => {
  const [credit] = reader.find('(AP Photo/Jane  Doe)');
  assert.deepEqual(reader.parts(credit), ['ap', 'jane doe']);
});

test('offsets are UTF-16 and per line, with CRLF and emoji', () => {
  const text = 'Fans wave flags 🇺🇦.\r\nFans in Kyiv. (Jane Doe/AP)';
  const [credit] = reader.find(text);
  assert.equal(text.slice(credit.start, credit.end), '(Jane Doe/AP)');
});

test('a line full of labels is read in linear time', () => {
  const line = 'Credit Photo by Courtesy of © Source: '.repeat(5_000);
  const began = performance.now();
  reader.find(line);
  assert.ok(performance.now() - began < 1000);
});

test('a credit that says only where the picture came from: Submitted photo, Courtesy photo; not File photo', () => {
  assert.deepEqual(credits('A family waits for a rescue boat. Submitted photo'), ['labelled: Submitted photo']);
  assert.deepEqual(credits('The team in 1998. Courtesy photo.'), ['labelled: Courtesy photo']);
  assert.deepEqual(credits('Ruth Calloway in 1961. File photo'), []);
  assert.deepEqual(credits('She submitted photos of the damage to the insurer.'), []);
});
