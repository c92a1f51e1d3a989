/**
 * Lines that web pages leave in pasted copy: ads, paywall and newsletter prompts, share bars,
 * video-player labels. Each pattern must match a whole line (case-insensitive), never part of a
 * sentence. Projects add their own in `.copydesk.json`.
 */
/** One button of a share bar. */
const SHARE_ITEM = '(?:(?:share|post) (?:on|to|via) )?(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest|threads|bluesky|flipboard|messenger|print|copy link)';

/** A press release's boilerplate heading: "About Acme Corp.", "About Harbor Health Inc". */
export const ABOUT_COMPANY = "about [\\w .&,'’-]{1,50}? (?:inc|corp|corporation|co|llc|ltd|plc|group|company|holdings|technologies|foundation)\\.?";

export const BOILERPLATE_LINES: readonly string[] = [
  'advertisements?',
  '(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))(?: advertisement)?',
  'skip to (?:main )?content',
  'skip (?:this )?ad',
  // A call to click is the page's, not the story's: "Click here to sign up for our newsletter", "Tap here for the full list".
  '(?:click|tap) here(?: (?:to|for) [^"“”]{1,80})?',
  '(?:subscribe|sign up)(?: now| today)?(?: (?:for|to) (?:our|the|a) (?:[\\w-]+ ){0,3}newsletters?)?',
  'sign up for (?:our|the) (?:[\\w-]+ ){0,3}newsletters?',
  // "Sign up for The Valley Courier’s free morning newsletter to get…"
  "sign up for (?:the )?[\\w .&-]{1,40}['’]s? (?:[\\w-]+ ){0,3}newsletters?\\b[^\"“”]{0,100}",
  "(?:subscribe|sign up) (?:to|for) (?:our|the|a) (?:[\\w-]+ ){0,3}newsletters? (?:for|to|and|with) [\\w ,'’-]{1,60}",
  'follow us(?: on [\\w ,&]{1,60})?',
  'already a subscriber\\?? ?(?:(?:log|sign) in(?: here)?)?',
  'get unlimited (?:digital )?access.{0,60}',
  // A paywall's offer: "Subscribe now for $1 a week", "Subscribe today: 99¢ for your first month".
  '(?:subscribe|sign up|join)(?: now| today)?(?: for|:) (?:just |only )?(?:[$€£]\\d[\\d.,]*|\\d+¢)[^"“”]{0,60}',
  'this (?:content|article|story) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)(?: only)?',
  // The banner whole, its two sentences and their button labels: "We use cookies… By clicking “Accept All Cookies,” you agree…".
  '(?:we use|this (?:website|site) uses) cookies\\b.{0,300}',
  'accept (?:all )?cookies',
  'loading…?',
  'trending(?: now| stories| topics)?',
  '(?:most (?:read|popular|viewed|shared)|recommended(?: for you)?|you (?:may|might) also like|more from [\\w .&’\'-]{1,40})',
  '(?:sponsored|promoted|paid)(?: (?:content|post|stories))?',
  '(?:download (?:the|our) app|open in app|back to top|copy link)',
  '(?:show|view|hide) comments|leave a comment|comments(?: \\(\\d+\\))?',
  // A player or gallery label, not a sentence: "Watch: The full debate", never "Listen: “We stay,” she said."
  '(?:watch|video|photo gallery|gallery|podcast|listen)\\s*:[^"“”.!?]{0,100}',
  // "Share this article", alone or before its bar: "Share this article: Facebook | X | Email | Print".
  `share (?:this|the) (?:article|story|page|post)(?:\\s*:?\\s*${SHARE_ITEM}(?:\\s*[|·•/]?\\s*${SHARE_ITEM}){0,8})?`,
  'continue reading(?: the (?:main )?story)?',
  '(?:read more|related(?: (?:stories|articles|coverage|content))?|see also)\\s*:.*',
  'play video',
  '(?:current time|duration|remaining time)\\s*-?\\d{1,2}:\\d{2}(?:\\s*/\\s*\\d{1,2}:\\d{2})?',
  'loaded:\\s*\\d+(?:\\.\\d+)?%',
  'this is a modal window\\.?',
  '(?:toggle|hide) caption',
  'enlarge this image',
  'listen to (?:this )?article(?: \\d+ min(?:utes?)?)?',
  'powered by [\\w.-]+\\.(?:com|net|org|io)',
  // A page's own stamps and bars: "Updated 6:45 PM EST", "3 min read", "Image 1 of 12", "Share on X", "Print";
  // both stamps on one line, the bar between them dropped with the markup ("Published … | Updated …").
  '(?:published|updated|posted|last updated|first published)(?: on| at)?:? (?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.? \\d{1,2},? (?:\\d{4},? )?(?:at )?)?\\d{1,2}:\\d{2}\\b(?:[^"“”.!?]|[ap]\\.m\\.|\\.(?=\\w)){0,40}(?: [·•]? ?(?:updated|last updated)(?: on| at)?:? [^"“”]{1,60})?',
  // …or the date alone: "Published May 21, 2024", "Updated: 5/21/2024".
  '(?:published|updated|posted|last updated|first published)(?: on)?:? (?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.? \\d{1,2},? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\.?',
  '\\d{1,3} min(?:ute)?s? read',
  'scroll (?:down )?to (?:continue|read)(?: with content| reading)?',
  '(?:image|photo|slide|picture) \\d{1,3} (?:of|/) \\d{1,3}',
  '(?:share|post) (?:on|to|via) (?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|threads|bluesky|flipboard)',
  '(?:print|save|share|email|tweet|bookmark|save (?:article|story)|gift (?:this )?article)',
  // A share bar on one line: "Share on Facebook Share on X Email", "Facebook | Twitter | LinkedIn | Print".
  `${SHARE_ITEM}(?:\\s*[|·•/]?\\s*${SHARE_ITEM}){1,8}`,
  'related(?: (?:stories|articles|coverage|content|links|reading|topics))?|read more|see also',
  'this material may not be published, broadcast, rewritten,? or redistributed(?: without permission)?',
  // A press release's own ends: "About Acme Corp.", "Media contact: …", "-30-".
  ABOUT_COMPANY,
  'media contacts?(?:\\s*:.*)?',
  '-\\s?30\\s?-',
  // "Copyright 2023 The Associated Press. All rights reserved. This material may not be published…"
  '(?:©|copyright)? ?(?:\\d{4} )?.{0,60}all rights reserved(?:\\. this material may not be published, broadcast, rewritten,? or redistributed(?: without permission)?)?',
];
