// ipc registration: one ipcMain.handle per channel of the contract table. Each call must come from
// the main frame of a page on app://ui; then dispatch() parses the input before any service runs.
import type { IpcMainInvokeEvent } from 'electron';

import { channels, type Channel } from '../../shared/ipc/contract.js';
import { fail, type Result } from '../../shared/ipc/result.js';
import { dispatch } from '../core/api/dispatch.js';
import type { ShellContext } from '../core/api/shell-context.js';
import { isAppUrl } from './security.js';

/** The part of an ipc event the sender check reads (the real IpcMainInvokeEvent fits). */
export type SenderEvent = {
  senderFrame: { url: string; parent: unknown } | null;
};

/** Why a sender is refused (Chinese and English), or null when it is the app's own main frame. */
export function senderProblem(event: SenderEvent): { zh: string; en: string } | null {
  const frame = event.senderFrame;
  if (!frame) return { zh: '发送方页面已不存在', en: 'the sender frame is gone' };
  if (frame.parent !== null)
    return { zh: '只接受主框架的调用', en: 'only the main frame may call' };
  if (!isAppUrl(frame.url))
    return { zh: `不受信任的来源：${frame.url}`, en: `untrusted origin: ${frame.url}` };
  return null;
}

export type IpcHandler = (
  channel: Channel,
  event: SenderEvent,
  input: unknown,
) => Promise<Result<unknown>>;

export function makeIpcHandler(ctx: ShellContext): IpcHandler {
  return async (channel, event, input) => {
    const problem = senderProblem(event);
    if (problem !== null)
      return fail(
        'FORBIDDEN',
        `拒绝调用 ${channel}：${problem.zh}`,
        undefined,
        `Call to ${channel} refused: ${problem.en}`,
      );
    return dispatch(ctx, channel, input);
  };
}

export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => unknown): void;
};

/** Registers every contract channel; returns the channel names registered. */
export function registerIpc(ipcMain: IpcMainLike, ctx: ShellContext): Channel[] {
  const handle = makeIpcHandler(ctx);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input) => handle(channel, event, input));
  }
  return [...channels];
}
