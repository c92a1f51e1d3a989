import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from '../../../../test/support/rules';

const RULE = 'photo-alt-missing';
const LONG = 'Thanks to the commercial success of the films, their director has revisited and edited them again and again for re-releases over the decades since they first opened in theaters.';

test('HTML: an img with no alt attribute is flagged, saying what alt text is for', () => {
  const text = `<p><img src="kyiv.jpg"></p>\r\n\r\n${LONG}`;
  const [finding] = findings(RULE, text, 'markdown');
  assert.equal(text.slice(finding.start, finding.end), '<img src="kyiv.jpg">');
  assert.match(finding.message, /^Image has no alt attribute: describe what the picture shows for readers who cannot see it .*, or write alt="" if it is decoration\.$/);
  assert.deepEqual(finding.fixes, []);
});

test('HTML: a captioned figure’s img may omit alt, as HTML allows', () => {
  const text = '<figure>\r\n<img src="kyiv.jpg">\r\n<figcaption>A street in Kyiv 🇺🇦. (Efrem Lukatsky/AP)</figcaption>\r\n</figure>';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('HTML: a bare img followed by a caption paragraph still needs alt: only a figcaption may stand in for it', () => {
  const text = 'The fire began Tuesday.\n\n<img src="fire.jpg">\n\nCrews battle the flames near Ojai. (Jane Doe/AP)';
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['<img src="fire.jpg">']);
});

test('Markdown’s empty brackets are alt text left out, captioned or not, linked or not; HTML’s alt="" is decoration', () => {
  const text = `[![](https://example.com/627)](https://example.com/full)\n\n${LONG}\n\n![ ](zuckerberg.jpg)\n\n¶ Mark Zuckerberg, the man with the plan. ¶ Photo by James Martin/CNET`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['![](https://example.com/627)', '![ ](zuckerberg.jpg)']);
  assert.match(findings(RULE, text, 'markdown')[0].message, /^Image has no alt text: describe what the picture shows/);
  assert.deepEqual(flagged(RULE, `<p><img src="rule.png" alt=""></p>\n\n${LONG}`, 'markdown'), []);
});

test('alt text that is only a file name is as good as missing', () => {
  const text = `![0225-lupita-nyongo-getty-01](lupita.jpg)\n\n${LONG}\n\n![IMG_4411.JPG](a.jpg)\n\n![Lupita Nyong’o at the Oscars 🏆](b.jpg)\n\n<img src="c.jpg" alt="DSC_0042">`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['![0225-lupita-nyongo-getty-01](lupita.jpg)', '![IMG_4411.JPG](a.jpg)', '<img src="c.jpg" alt="DSC_0042">']);
  assert.match(findings(RULE, text, 'markdown')[0].message, /^Alt text “0225-lupita-nyongo-getty-01” is a file name: describe what the picture shows/);
});

test('alt text that only says there is a picture is as good as missing', () => {
  const text = `![image](a.jpg)\n\n![Photo 2](b.jpg)\n\n<img src="c.jpg" alt="screenshot">\n\n![A photo of the mayor at the podium](d.jpg)\n\n![Image of flooding on Main Street](e.jpg)\n\n${LONG}`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), ['![image](a.jpg)', '![Photo 2](b.jpg)', '<img src="c.jpg" alt="screenshot">']);
  assert.match(findings(RULE, text, 'markdown')[0].message, /^Alt text “image” only says there is a picture: describe what the picture shows/);
});

test('decorative images are exempt: explicit alt="", rules, icons, tracking pixels, placeholders', () => {
  const text = `<img src="photo.jpg" alt="">\n\n![update_graphic_red_bar](update-graphic-red-bar.jpg)\n\n<img src="https://t.example.com/p.gif" width="1" height="1">\n\n<img src="https://pixel.wp.com/g.gif">\n\n<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">\n\n<img src="/icons/share-icon.svg" role="presentation">\n\n${LONG}`;
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('plain text has no images to check', () => {
  const text = 'John Kirby, standing in front of a Pentagon seal.\nJohn Kirby at a briefing. (Alex Wong/Getty Images)';
  assert.deepEqual(flagged(RULE, text), []);
});
