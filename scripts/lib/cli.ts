import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a command was called or in what it was given: printed as one line, exit 1, no stack. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command being run, as its messages name it (`import`, `resume:diff`): told by parseCommandLine, else the script's name. */
let commandName: string | undefined;

/**
 * Parses command-line options strictly, turning Node's parse errors (unknown option, missing
 * value) into a UsageError that names the command and its usage line. `--help` prints the usage.
 */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(command: string, usage: string, options: O, args = process.argv.slice(2)) {
  commandName = command;
  // A command with a help text of its own prints it; every other answers --help with its usage line.
  if (!('help' in options) && (args.includes('--help') || args.includes('-h'))) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(`${command}: ${reason}\nusage: ${usage}`);
  }
}

/**
 * Runs a command's main function: a UsageError (or any error marked as the user's) prints its
 * message and exits 1; anything else is a bug in Cairn and keeps its stack trace.
 */
export async function runCommand(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'isUserError' in error)) {
      // An error from below the commands (the temporary folder) is named with the command it stopped.
      const command = commandName ?? path.basename(process.argv[1] ?? '', '.ts');
      console.error('namesNoCommand' in error && command ? `${command}: ${error.message}` : error.message);
      process.exit(1);
    }
    throw error;
  }
}
