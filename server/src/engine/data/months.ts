/**
 * Month names and the AP abbreviation used with a specific date ("Jan. 5"); the five short months
 * are never abbreviated. Also the non-AP short forms writers use, mapped to the AP form.
 * AP Stylebook, "months".
 */
export const MONTHS: ReadonlyArray<{ name: string; withDate: string; otherShortForms: readonly string[] }> = [
  { name: 'January', withDate: 'Jan.', otherShortForms: [] },
  { name: 'February', withDate: 'Feb.', otherShortForms: [] },
  { name: 'March', withDate: 'March', otherShortForms: ['Mar.'] },
  { name: 'April', withDate: 'April', otherShortForms: ['Apr.'] },
  { name: 'May', withDate: 'May', otherShortForms: [] },
  { name: 'June', withDate: 'June', otherShortForms: ['Jun.'] },
  { name: 'July', withDate: 'July', otherShortForms: ['Jul.'] },
  { name: 'August', withDate: 'Aug.', otherShortForms: [] },
  { name: 'September', withDate: 'Sept.', otherShortForms: ['Sep.'] },
  { name: 'October', withDate: 'Oct.', otherShortForms: [] },
  { name: 'November', withDate: 'Nov.', otherShortForms: [] },
  { name: 'December', withDate: 'Dec.', otherShortForms: [] },
];
