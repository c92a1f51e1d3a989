/** `.copydesk.json`: where it is, and what it says. */
export { CONFIG_FILE_NAME, findConfigFile, loadConfig } from './config-file';
export { CONFIG_SCHEMA, parseConfig, type ConfigProblem, type ParsedConfig } from './parse-config';
