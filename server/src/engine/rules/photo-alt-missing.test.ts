import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from '../../../../test/support/rules';

const RULE = 'photo-alt-missing';
const LONG = 'Thanks to the commercial success of the films, their director has revisited and edited them again and again for re-releases over the decades since they first opened in theaters.';

test('an image without alt text and without caption is flagged, saying what alt text is for', () => {
  const text = `[![](https://example.com/627)](https://example.com/full)\n\n${LONG}`;
  const [finding] = findings(RULE, text, 'markdown');
  assert.equal(text.slice(finding.start, finding.end), '![](https://example.com/627)');
  assert.match(finding.message, /^Image has no alt text: describe what the picture shows for readers who cannot see it/);
  assert.deepEqual(finding.fixes, []);
});

test('a captioned image may leave its alt empty: the caption describes it', () => {
  const text = '![](zuckerberg.jpg)\n\n¶ Mark Zuckerberg, the man with the acquisition plan. ¶ Photo by James Martin/CNET';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('an image title is a tooltip, not a caption: it does not excuse missing alt text', () => {
  const text = `![](kirby.jpg "John Kirby at the Pentagon. (Alex Wong/Getty Images)")\n\n${LONG}`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['![](kirby.jpg "John Kirby at the Pentagon. (Alex Wong/Getty Images)")']);
});

test('alt text that is only a file name is as good as missing', () => {
  const text = `![0225-lupita-nyongo-getty-01](lupita.jpg)\n\n${LONG}\n\n![IMG_4411.JPG](a.jpg)\n\n![Lupita Nyong’o at the Oscars 🏆](b.jpg)`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['![0225-lupita-nyongo-getty-01](lupita.jpg)', '![IMG_4411.JPG](a.jpg)']);
});

test('decorative images are exempt: explicit alt="", rules, icons, tracking pixels', () => {
  const text = `<img src="divider.png" alt="">\n\n![](icons/share-icon.svg)\n\n![update_graphic_red_bar](update-graphic-red-bar.jpg)\n\n<img src="https://t.example.com/p.gif" width="1" height="1">\n\n![](https://pixel.wp.com/g.gif)\n\n![](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n\n${LONG}`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('HTML: an img with no alt attribute is flagged unless its figure has a caption', () => {
  const bare = `<p><img src="kyiv.jpg"></p>\r\n\r\n${LONG}`;
  const figure = '<figure>\r\n<img src="kyiv.jpg">\r\n<figcaption>A street in Kyiv. (Efrem Lukatsky/AP)</figcaption>\r\n</figure>';
  assert.deepEqual(flagged(RULE, bare, 'markdown'), ['<img src="kyiv.jpg">']);
  assert.deepEqual(flagged(RULE, figure, 'markdown'), []);
});

test('plain text has no images to check', () => {
  const text = 'John Kirby, standing in front of a Pentagon seal.\nJohn Kirby at a briefing. (Alex Wong/Getty Images)';
  assert.deepEqual(flagged(RULE, text), []);
});
