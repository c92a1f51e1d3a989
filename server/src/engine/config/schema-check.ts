import type { JsonNode } from './json-tree';

/** The part of JSON Schema (draft-07) the config schema uses; the checker knows no more. */
export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  description?: string;
}

export interface ConfigProblem {
  message: string;
  /** Offsets into the config text. */
  start: number;
  end: number;
}

/** What an unknown key is called, by the section it sits in. */
const UNKNOWN_KEY: Record<string, string> = { '': 'setting', rules: 'rule', options: 'option', house: 'house list' };

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function kindOf(node: JsonNode): string {
  return node.kind === 'number' && Number.isInteger(node.value) ? 'integer' : node.kind;
}

function matchesType(node: JsonNode, type: NonNullable<SchemaNode['type']>): boolean {
  if (type === 'integer') return node.kind === 'number' && Number.isInteger(node.value);
  return node.kind === type;
}

function resolve(schema: SchemaNode, root: SchemaNode & { definitions?: Record<string, SchemaNode> }): SchemaNode {
  const name = schema.$ref?.replace('#/definitions/', '');
  return name ? { ...root.definitions?.[name], ...schema, $ref: undefined } : schema;
}

function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.members.map((member) => [member.key, plain(member.value)]));
    case 'array':
      return node.items.map(plain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/**
 * Checks `node` against `schema`, reporting each violation with its offsets, and returns the
 * value with the invalid parts left out (so their defaults apply), or undefined if it is invalid.
 */
export function checkNode(node: JsonNode, schema: SchemaNode, root: SchemaNode, path: string[], problems: ConfigProblem[]): unknown {
  const rule = resolve(schema, root);
  const name = path.join('.');
  if (rule.type && !matchesType(node, rule.type)) {
    problems.push({ message: `“${name}” should be ${article(rule.type)}, not ${article(kindOf(node))}.`, start: node.start, end: node.end });
    return undefined;
  }
  if (rule.enum && !rule.enum.includes(plain(node))) {
    problems.push({ message: `“${name}” should be one of ${rule.enum.map((value) => `“${String(value)}”`).join(', ')}.`, start: node.start, end: node.end });
    return undefined;
  }
  if (node.kind === 'number' && ((rule.minimum !== undefined && node.value < rule.minimum) || (rule.maximum !== undefined && node.value > rule.maximum))) {
    problems.push({ message: `“${name}” should be between ${rule.minimum ?? '−∞'} and ${rule.maximum ?? '∞'}.`, start: node.start, end: node.end });
    return undefined;
  }
  if (node.kind === 'array') {
    const items = node.items.map((item, index) => (rule.items ? checkNode(item, rule.items, root, [...path, String(index)], problems) : plain(item)));
    return items.filter((item) => item !== undefined);
  }
  if (node.kind !== 'object') return plain(node);
  const value: Record<string, unknown> = {};
  for (const member of node.members) {
    const known = rule.properties?.[member.key];
    const extra = rule.additionalProperties;
    if (!known && extra === false) {
      const noun = UNKNOWN_KEY[name] ?? 'property';
      problems.push({ message: `Unknown ${noun} “${member.key}”${noun === 'property' ? ` in “${name}”` : ''}.`, start: member.keyStart, end: member.keyEnd });
      continue;
    }
    const memberSchema = known ?? (typeof extra === 'object' ? extra : {});
    const checked = checkNode(member.value, memberSchema, root, [...path, member.key], problems);
    if (checked !== undefined) value[member.key] = checked;
  }
  return value;
}
