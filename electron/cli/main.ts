// Routes `chainatlas <command> …` to its subcommand and maps failures to exit codes.
import { AppError } from '../../shared/ipc/result.js';
import { asWorkspaceError } from '../core/db/workspace-errors.js';
import { UsageError } from './args.js';
import { EXIT, type CliIO, type Command } from './command.js';
import { commands } from './registry.js';

function help(list: readonly Command[]): string {
  const lines = list.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`);
  return [
    'ChainAtlas 命令行 / command line',
    '',
    'usage: npm run cli -- <command> [options]',
    '',
    ...lines,
    '',
  ].join('\n');
}

export async function runCli(
  argv: string[],
  io: CliIO,
  list: readonly Command[] = commands,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help(list));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = list.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令 / unknown command: ${name}\n\n${help(list)}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    if (e instanceof AppError) {
      io.err(`${e.message}\n${e.en}`);
      return EXIT.rejected;
    }
    // Open failures, and a lock or read-only file met at the first write, by their code: no stack.
    const known = asWorkspaceError(e, '');
    if (known) {
      io.err(`${known.zh}\n${known.en}`);
      // A damaged file: say the one command that brings back its latest good backup.
      if (known.code === 'CORRUPT' && known.file !== '')
        io.err(
          `恢复最近的完好备份（损坏的文件会改名保留）/ to restore the latest good backup (the damaged file is kept):\n  npm run cli -- backup recover --db "${known.file}"`,
        );
      return EXIT.rejected;
    }
    throw e;
  }
}
