/**
 * Lines that web pages leave in pasted copy: ads, paywall and newsletter prompts, share bars,
 * video-player labels. Each pattern must match a whole line (case-insensitive), never part of a
 * sentence. Projects add their own in `.copydesk.json`.
 */
export const BOILERPLATE_LINES: readonly string[] = [
  'advertisements?',
  '(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))(?: advertisement)?',
  'skip to (?:main )?content',
  'skip (?:this )?ad',
  'click here to (?:subscribe|sign up|read more|continue)',
  '(?:subscribe|sign up)(?: now| today)?(?: (?:for|to) (?:our|the|a) (?:[\\w-]+ ){0,3}newsletters?)?',
  'sign up for (?:our|the) (?:[\\w-]+ ){0,3}newsletters?',
  'share (?:this|the) (?:article|story|page|post)',
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
  'this material may not be published, broadcast, rewritten,? or redistributed',
  '(?:©|copyright)? ?(?:\\d{4} )?.{0,60}all rights reserved',
];
