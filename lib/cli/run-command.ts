import { logger } from '../log/logger.ts';

/** The first line of an error's message: command-line users get a sentence, not a stack. */
export function oneLineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim() || 'unknown error';
}

/**
 * Runs a command-line entry point: a thrown error becomes one line on stderr and exit code
 * 1 (the stack is still logged at debug level, LOG_LEVEL=debug). The returned number is
 * the exit code.
 */
export function runCommand(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      logger.debug({ err: error }, 'command failed');
      process.stderr.write(`${oneLineMessage(error)}\n`);
      process.exitCode = 1;
    },
  );
}
