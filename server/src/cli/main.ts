import { UsageError } from './args';
import { explainCommand } from './commands/explain';
import { MAIN_HELP } from './commands/help';
import { lintCommand } from './commands/lint';
import { rulesCommand } from './commands/rules';
import { EXIT } from './exit';
import { serveLintWorker } from './lint/worker-pool';

declare const COPYDESK_VERSION: string;

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  lint: lintCommand,
  rules: rulesCommand,
  explain: explainCommand,
};

// The lint worker threads run this same bundle.
serveLintWorker();

/** Runs a command and resolves to its exit code; undefined for `lsp`, which keeps running. */
export async function main(argv: string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${COPYDESK_VERSION}\n`);
    return EXIT.clean;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(MAIN_HELP);
    return EXIT.clean;
  }
  if (command === 'lsp') {
    // The server reads its transport (--stdio, --node-ipc, --socket) from process.argv itself.
    require('./server.js');
    return undefined;
  }
  try {
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command '${command}'`);
    return await run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`copydesk: ${error.message} (see 'copydesk ${COMMANDS[command] ? `${command} ` : ''}--help')\n`);
    return EXIT.usage;
  }
}
