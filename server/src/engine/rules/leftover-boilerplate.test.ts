import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixed } from '../../../../test/support/rules';

const RULE = 'leftover-boilerplate';

test('an “Advertisement” block at the end is flagged and deleted with its blank line', () => {
  const text = 'Kirby spoke on Tuesday.\n\nAdvertisement';
  assert.deepEqual(flagged(RULE, text), ['Advertisement']);
  assert.equal(fixed(RULE, text), 'Kirby spoke on Tuesday.');
});

test('web leftovers between paragraphs go, and the paragraphs close up', () => {
  const text = 'First paragraph.\n\nStory continues below advertisement\n\nSecond paragraph.\n\nSIGN UP FOR OUR NEWSLETTER\n\nThird.';
  assert.deepEqual(flagged(RULE, text), ['Story continues below advertisement', 'SIGN UP FOR OUR NEWSLETTER']);
  assert.equal(fixed(RULE, text), 'First paragraph.\n\nSecond paragraph.\n\nThird.');
});

test('a leftover line inside a block is deleted with its own line break only', () => {
  const text = 'The player loaded.\nPlay Video\nCurrent Time 0:00\nThe talks went on.';
  assert.deepEqual(flagged(RULE, text), ['Play Video', 'Current Time 0:00']);
  assert.equal(fixed(RULE, text), 'The player loaded.\nThe talks went on.');
});

test('Markdown links and emphasis around a leftover line do not hide it', () => {
  const text = 'Text.\n\n[Continue reading the main story](#story-continues-1)\n\n***Share this article***\n\nMore text.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['Continue reading the main story', 'Share this article']);
  assert.equal(fixed(RULE, text, 'markdown'), 'Text.\n\nMore text.');
});

test('newsletter and social prompts, cookie banners, player and gallery labels, “Trending” rails', () => {
  const lines = [
    'Subscribe to our newsletter for daily updates.',
    'Follow us on Twitter and Facebook',
    'We use cookies to improve your experience.',
    'Trending Now',
    'Watch: The full debate',
    'Photo gallery: Scenes from the flood',
    'Already a subscriber? Log in',
    'Subscribe now for $1 a week',
    'Share on Facebook | Share on X | Email | Print',
    'Facebook Twitter LinkedIn Email',
    'You may also like',
    'Loading...',
  ];
  assert.deepEqual(flagged(RULE, ['The vote is Tuesday.', ...lines, 'It ends there.'].join('\n\n')), lines);
});

test('a wire service’s copyright notice pasted with the story goes, on one line or two', () => {
  const notice = 'Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.';
  assert.deepEqual(flagged(RULE, `Abbott signed the law in June.\n\n${notice}`), [notice]);
  const split = 'Abbott signed the law in June.\n\n© 2023 Reuters. All rights reserved\n\nThis material may not be published, broadcast, rewritten or redistributed without permission.';
  assert.equal(fixed(RULE, split), 'Abbott signed the law in June.');
});

test('a page’s own stamps and bars: publication times, reading time, gallery counters, share buttons', () => {
  const lines = ['Published 10:03 AM EDT, Tue March 5, 2024', 'Updated 6:45 PM EST', 'Updated March 5, 2024 at 6:45 p.m. ET', 'Published May 21, 2024', 'Updated: 5/21/2024', 'Published 6:45 AM EST, Tue March 5, 2024 | Updated 9:12 AM EST', 'Sign up for The Valley Courier’s free morning newsletter to get the news first', '3 min read', 'Scroll to continue with content', 'Image 1 of 12', 'Share on Facebook', 'Print', 'Related Articles'];
  const text = ['The Senate passed the bill late Friday.', ...lines, 'It funds the government through March 22.'].join('\n\n');
  assert.deepEqual(flagged(RULE, text), lines);
  assert.equal(fixed(RULE, text), 'The Senate passed the bill late Friday.\n\nIt funds the government through March 22.');
  const prose = 'Updated figures released at 10:30 a.m. showed a rise, officials said.\n\nPrint editions were delayed.';
  assert.deepEqual(flagged(RULE, prose), []);
});

test('a paragraph that opens like a label but quotes someone is prose', () => {
  const text = 'Listen: “We are not going anywhere,” she said.\n\nResidents can subscribe to alerts on the city website.\n\nThis article originally appeared on The Conversation.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('the same words inside a sentence are prose, not leftovers', () => {
  const text = 'The advertisement ran for weeks.\n\nReaders were told to click here to subscribe, she said.\n\nShe asked viewers to share this article with friends.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('CRLF line endings are kept', () => {
  const text = 'One.\r\n\r\nAdvertisement\r\n\r\nTwo.\r\n';
  assert.equal(fixed(RULE, text), 'One.\r\n\r\nTwo.\r\n');
});

test('a house list adds its own leftover lines', () => {
  const text = 'The story.\n\nGazette Insider exclusive:\n\nThe end.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, text, 'plaintext', { options: { house: { boilerplate: ['Gazette Insider exclusive'] } } }), ['Gazette Insider exclusive:']);
});

test('a line asking the reader to click or tap is the page’s, whatever it offers', () => {
  const text = 'Text.\n\nClick here to sign up for our newsletter.\n\n[Tap here for the full list of winners](https://example.com/winners)\n\nClick here\n\nShe told readers to click here for updates.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['Click here to sign up for our newsletter.', 'Tap here for the full list of winners', 'Click here']);
});

test('a cookie banner, whole', () => {
  const banner = 'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. By clicking “Accept All Cookies,” you agree to the storing of cookies on your device.';
  assert.deepEqual(flagged(RULE, `The council met Tuesday.\n\n${banner}\n\nThis website uses cookies to improve your experience.`), [banner, 'This website uses cookies to improve your experience.']);
});

test('a live blog’s own note that goes on past its stamp is the blog’s, not a leftover', () => {
  assert.deepEqual(flagged(RULE, 'Last updated 9:40 p.m. Tuesday. This post will be updated.\n\nThe fire grew overnight.'), []);
  assert.deepEqual(flagged(RULE, 'Updated 6:45 PM EST\n\nThe fire grew overnight.'), ['Updated 6:45 PM EST']);
});

test('a “Related” rail goes with its list of links, and a list with prose in it stays', () => {
  const text = [
    'The council delayed its vote, the clerk said.',
    'Related:',
    '- [County delays vote on camping rules](https://example.com/a)\n- [New coach promises defense first](https://example.com/b "Sports")',
    'The vote is now set for Jan. 5.',
    '## More from the Courier',
    '* **[Storm knocks out power](https://example.com/c)**',
    'Read more:',
    '- [Budget](https://example.com/d), which the mayor signed on Friday',
    'It ends there.',
  ].join('\n\n');
  assert.deepEqual(flagged(RULE, text, 'markdown'), [
    'Related:\n\n- [County delays vote on camping rules](https://example.com/a)\n- [New coach promises defense first](https://example.com/b "Sports")',
    'More from the Courier\n\n* **[Storm knocks out power](https://example.com/c)**',
    'Read more:',
  ]);
  assert.equal(
    fixed(RULE, text, 'markdown'),
    'The council delayed its vote, the clerk said.\n\nThe vote is now set for Jan. 5.\n\n- [Budget](https://example.com/d), which the mayor signed on Friday\n\nIt ends there.',
  );
});

test('“Share this article” with its bar on one line', () => {
  const text = 'The river is low.\n\nShare this article: Facebook | X | Email | Print\n\nIt fell again.';
  assert.deepEqual(flagged(RULE, text), ['Share this article: Facebook | X | Email | Print']);
});

test('a plain-text “Related:” goes with the headlines on its next lines, and a paragraph of prose stays', () => {
  const text = 'The river is low, she said.\n\nRelated:\nArizona approves new limits on groundwater pumping\nLake Mead levels: Tracking the reservoir month by month\n\nThe bureau will decide.\n\nRelated:\nThe bureau said it would decide by June. Farmers are waiting.';
  assert.deepEqual(flagged(RULE, text), ['Related:\nArizona approves new limits on groundwater pumping\nLake Mead levels: Tracking the reservoir month by month', 'Related:']);
  assert.equal(fixed(RULE, text), 'The river is low, she said.\n\nThe bureau will decide.\n\nThe bureau said it would decide by June. Farmers are waiting.');
});

test('a press release’s “About Acme Corp.” goes with the company profile under it; its end marks go too', () => {
  const text = 'Its shares rose 1.2% on Tuesday.\n\nAbout Acme Corp.\n\nAcme Corp. (NYSE: ACME) is a leading provider of industrial supplies. For more information, visit www.acmecorp.com.\n\nMedia contact: Jane Doe, press@acmecorp.com\n\n-30-';
  assert.deepEqual(flagged(RULE, text).length, 3);
  assert.equal(fixed(RULE, text), 'Its shares rose 1.2% on Tuesday.');
  assert.deepEqual(flagged(RULE, 'He talked about the company.\n\nAbout the company: it is old.'), []);
  // The profile on the next line of the same paragraph, as plain-text releases run.
  assert.equal(fixed(RULE, 'Its shares rose 1.2% on Tuesday.\n\nAbout Acme Corp.\nAcme Corp. (NYSE: ACME) is a leading provider of industrial supplies.'), 'Its shares rose 1.2% on Tuesday.');
  assert.equal(fixed(RULE, 'Its shares rose.\n\nAbout Acme Corp.\nThe plant opens in May.'), 'Its shares rose.\n\nThe plant opens in May.');
});
