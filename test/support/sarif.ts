/**
 * A structural check of the SARIF 2.1.0 we emit, following the OASIS JSON schema
 * (sarif-schema-2.1.0.json) for each object: required properties, property types and enums, and
 * `additionalProperties: false` where the schema sets it. Returns the problems as JSON paths.
 */
type Check = (value: unknown, path: string, problems: string[]) => void;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Check = (value, path, problems) => {
  if (typeof value !== 'string') problems.push(`${path}: expected a string`);
};
const uri: Check = (value, path, problems) => {
  if (typeof value !== 'string' || /\s/.test(value)) problems.push(`${path}: expected a URI reference`);
};
const boolean: Check = (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push(`${path}: expected a boolean`);
};
const integer =
  (minimum: number): Check =>
  (value, path, problems) => {
    if (!Number.isInteger(value) || (value as number) < minimum) problems.push(`${path}: expected an integer ≥ ${minimum}`);
  };
const oneOf =
  (...choices: string[]): Check =>
  (value, path, problems) => {
    if (!choices.includes(value as string)) problems.push(`${path}: expected one of ${choices.join(', ')}`);
  };
const arrayOf =
  (item: Check, unique = false): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return void problems.push(`${path}: expected an array`);
    value.forEach((each, i) => item(each, `${path}[${i}]`, problems));
    if (unique && new Set(value.map((each) => JSON.stringify(each))).size !== value.length) problems.push(`${path}: items must be unique`);
  };
const mapOf =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!isObject(value)) return void problems.push(`${path}: expected an object`);
    for (const [key, each] of Object.entries(value)) item(each, `${path}.${key}`, problems);
  };
const propertyBag: Check = (value, path, problems) => {
  if (!isObject(value)) problems.push(`${path}: expected a property bag object`);
};

function object(properties: Record<string, Check>, required: string[] = [], extra?: (value: Record<string, unknown>, path: string, problems: string[]) => void): Check {
  return (value, path, problems) => {
    if (!isObject(value)) return void problems.push(`${path}: expected an object`);
    for (const key of required) if (!(key in value)) problems.push(`${path}: missing required property ${key}`);
    for (const [key, each] of Object.entries(value)) {
      const check = properties[key];
      if (!check) problems.push(`${path}: property ${key} is not allowed here`);
      else check(each, `${path}.${key}`, problems);
    }
    extra?.(value, path, problems);
  };
}

const multiformatMessageString = object({ text: string, markdown: string, properties: propertyBag }, ['text']);

const message = object({ text: string, markdown: string, id: string, arguments: arrayOf(string), properties: propertyBag }, [], (value, path, problems) => {
  if (!('text' in value) && !('id' in value)) problems.push(`${path}: a message needs text or id`);
});

const artifactLocation = object({ uri, uriBaseId: string, index: integer(-1), description: message, properties: propertyBag });

const region = object(
  { startLine: integer(1), startColumn: integer(1), endLine: integer(1), endColumn: integer(1), charOffset: integer(-1), charLength: integer(0), properties: propertyBag },
  [],
  (value, path, problems) => {
    const { startLine, startColumn, endLine, endColumn } = value as Record<string, number>;
    if (endLine !== undefined && endLine < startLine) problems.push(`${path}: endLine before startLine`);
    if ((endLine ?? startLine) === startLine && endColumn !== undefined && endColumn < (startColumn ?? 1)) problems.push(`${path}: endColumn before startColumn`);
  },
);

const physicalLocation = object({ artifactLocation, region, contextRegion: region, properties: propertyBag }, [], (value, path, problems) => {
  if (!('artifactLocation' in value) && !('address' in value)) problems.push(`${path}: needs artifactLocation or address`);
});

const location = object({ id: integer(-1), physicalLocation, message, properties: propertyBag });

const level = oneOf('none', 'note', 'warning', 'error');

const reportingDescriptor = object(
  {
    id: string,
    name: string,
    shortDescription: multiformatMessageString,
    fullDescription: multiformatMessageString,
    help: multiformatMessageString,
    helpUri: uri,
    defaultConfiguration: object({ enabled: boolean, level, rank: integer(-1), properties: propertyBag }),
    properties: propertyBag,
  },
  ['id'],
);

const result = object(
  { ruleId: string, ruleIndex: integer(-1), level, kind: oneOf('notApplicable', 'pass', 'fail', 'review', 'open', 'informational'), message, locations: arrayOf(location), properties: propertyBag },
  ['message'],
);

const toolComponent = object({ name: string, version: string, semanticVersion: string, informationUri: uri, rules: arrayOf(reportingDescriptor, true), properties: propertyBag }, ['name']);

const run = object(
  { tool: object({ driver: toolComponent, properties: propertyBag }, ['driver']), originalUriBaseIds: mapOf(artifactLocation), results: arrayOf(result), properties: propertyBag },
  ['tool'],
);

const sarifLog = object({ $schema: uri, version: oneOf('2.1.0'), runs: arrayOf(run), properties: propertyBag }, ['version', 'runs']);

export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  sarifLog(log, '$', problems);
  return problems;
}
