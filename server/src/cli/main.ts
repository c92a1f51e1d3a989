import { UsageError } from './args';
import { claimsCommand } from './commands/claims';
import { explainCommand } from './commands/explain';
import { MAIN_HELP } from './commands/help';
import { initCommand } from './commands/init';
import { lintCommand } from './commands/lint';
import { rulesCommand } from './commands/rules';
import { sourcesCommand } from './commands/sources';
import { EXIT } from './exit';
import { serveLintWorker } from './lint/worker-pool';

declare const COPYDESK_VERSION: string;

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  lint: lintCommand,
  rules: rulesCommand,
  explain: explainCommand,
  init: initCommand,
  sources: sourcesCommand,
  claims: claimsCommand,
};

// The lint worker threads run this same bundle.
serveLintWorker();

/** Runs a command and resolves to its exit code; undefined for `lsp`, which keeps running. */
export async function main(argv: string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  if (command === 'help' && rest[0] && COMMANDS[rest[0]]) return main([rest[0], '--help']);
  // `copydesk lint | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.clean);
    throw error;
  });
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
    if (error instanceof UsageError) {
      process.stderr.write(`copydesk: ${error.message} (see 'copydesk ${COMMANDS[command] ? `${command} ` : ''}--help')\n`);
    } else {
      // A crash is not a verdict on the articles: exit 2, as ESLint does, with the stack for a bug report.
      process.stderr.write(`copydesk: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT.usage;
  }
}
