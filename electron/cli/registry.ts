// The list of subcommands. Each lives in ./commands/<name>.ts.
import type { Command } from './command.js';
import { backupCommand } from './commands/backup.js';
import { exportCommand } from './commands/export.js';
import { gapsCommand } from './commands/gaps.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { mapCommand } from './commands/map.js';
import { reportCommand } from './commands/report.js';
import { statsCommand } from './commands/stats.js';
import { templateCommand } from './commands/template.js';

export const commands: readonly Command[] = [
  initCommand,
  statsCommand,
  gapsCommand,
  reportCommand,
  importCommand,
  exportCommand,
  mapCommand,
  templateCommand,
  backupCommand,
];
