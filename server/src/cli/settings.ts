import type { PartialSettings } from '../engine/settings';
import type { RuleOverride } from './commands/lint-options';

/** Command-line rule flags over a file's settings (from its config): the flags win. */
export function withRuleOverrides(settings: PartialSettings, overrides: Record<string, RuleOverride>): PartialSettings {
  const rules = { ...settings.rules };
  for (const [id, override] of Object.entries(overrides)) {
    if (override === 'default') delete rules[id];
    else rules[id] = override;
  }
  return { ...settings, rules };
}
