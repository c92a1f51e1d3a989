import { rules } from '../engine/rules';
import type { Rule } from '../engine/rule';
import { UsageError } from './args';

/** The rule with this id, or a usage error that suggests the closest id. */
export function ruleById(id: string): Rule {
  const rule = rules.find((each) => each.id === id);
  if (rule) return rule;
  const closest = rules
    .map((each) => ({ id: each.id, distance: editDistance(id, each.id) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = closest && closest.distance <= Math.max(2, id.length / 3) ? ` (did you mean ${closest.id}?)` : '';
  throw new UsageError(`unknown rule '${id}'${hint}: 'copydesk rules' lists them`);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
