/**
 * Abbreviations whose period does not end a sentence: "Feb. 23", "No. 1", "Gov. Smith", "U.S.".
 * Single capital letters (initials, "U.S.") are recognised separately.
 */
export const ABBREVIATIONS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'No', 'Nos', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Ave', 'Blvd', 'Rd', 'Mt', 'Ft',
  'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Maj', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Rev', 'Prof', 'Supt', 'Atty',
  'Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'vs', 'Vol', 'approx', 'est', 'p', 'pp',
];
