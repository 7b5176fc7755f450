// Minimal, strict argument parsing on node:util's parseArgs; unknown flags are a usage error (exit 2).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { AppError } from '../../shared/ipc/result.js';

export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs(
  argv: string[],
  options: Options,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: false,
    });
    return {
      values: values as Record<string, string | boolean | string[] | undefined>,
      positionals,
    };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function requireString(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.length === 0)
    throw new UsageError(`缺少参数 --${name} / missing --${name}`);
  return v;
}

/** The --db workspace file, which must already exist: commands that read never create one. */
export function existingWorkspaceFile(values: Record<string, unknown>): string {
  const file = resolve(requireString(values, 'db'));
  if (!existsSync(file)) {
    throw new AppError(
      'REJECTED',
      `工作区文件不存在：${file}（新建请运行 init）`,
      undefined,
      `Workspace file not found: ${file} (run init to create one)`,
    );
  }
  return file;
}
