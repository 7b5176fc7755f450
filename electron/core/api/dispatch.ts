// The single entry every shell calls: check the channel exists, parse input with its zod schema,
// run the handler, and turn every outcome into a Result. Nothing reaches a service unparsed.
import { contract, type Channel } from '../../../shared/ipc/contract.js';
import { AppError, fail, ok, type Result } from '../../../shared/ipc/result.js';
import { markDamaged } from '../db/open-database.js';
import { asWorkspaceError } from '../db/workspace-errors.js';
import { handlers } from './handlers.js';
import type { ShellContext } from './shell-context.js';

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

export type DispatchOptions = { validateOutput?: boolean };

export async function dispatch(
  ctx: ShellContext,
  channel: unknown,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    const name = String(channel);
    return fail('INVALID_INPUT', `未知的接口：${name}`, undefined, `Unknown channel: ${name}`);
  }
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const [zh, en] = issueText(parsed.error.issues[0]);
    return fail(
      'INVALID_INPUT',
      `接口 ${channel} 的参数无效：${zh}`,
      parsed.error.issues,
      `Invalid input for ${channel}: ${en}`,
    );
  }
  try {
    const handler = handlers[channel] as (c: ShellContext, i: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    if (options.validateOutput) spec.output.parse(value);
    return ok(value);
  } catch (e) {
    const ws = ctx.current();
    const failure = toFailure(e, ws?.file ?? '');
    // Damage met by any query marks the file damaged: the app then says so and offers recovery.
    if (ws && !failure.ok && failure.error.code === 'CORRUPT' && !(e instanceof AppError))
      markDamaged(ws.db);
    return failure;
  }
}

/**
 * The first problem in words, so a rejected edit says which field and why: a schema's own
 * "中文 / English" message is split into its two languages; any other names the field's path.
 */
function issueText(issue: { path: PropertyKey[]; message: string } | undefined): [string, string] {
  if (!issue) return ['', ''];
  const [zh, en] = issue.message.split(' / ');
  if (zh !== undefined && en !== undefined) return [zh, en];
  const path = issue.path.map(String).join('.');
  return [`${path} ${issue.message}`, `${path} ${issue.message}`];
}

function toFailure(e: unknown, file: string): Result<never> {
  if (e instanceof AppError) return fail(e.code, e.message, e.details, e.en);
  // Opening, and SQLite's busy/read-only/corrupt answers to a write, are recognised by code.
  const known = asWorkspaceError(e, file);
  if (known) return fail(known.code, known.zh, undefined, known.en);
  const message = e instanceof Error ? e.message : String(e);
  return fail('INTERNAL', `内部错误：${message}`, undefined, `Internal error: ${message}`);
}
