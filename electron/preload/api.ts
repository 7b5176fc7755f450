// The one object the page sees as window.api: invoke(channel, input) for channels of the contract.
// Dependency-free (sandboxed preloads cannot require packages); ipcRenderer itself never leaks out.
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names.js';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export type PreloadApi = {
  invoke(channel: unknown, input?: unknown): Promise<unknown>;
};

const allowed: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function createPreloadApi(ipcInvoke: Invoke): PreloadApi {
  return Object.freeze({
    invoke(channel: unknown, input?: unknown): Promise<unknown> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        // Same shape as every other failure (shared/ipc/result.ts), written out to stay zod-free.
        const message = `未知的接口 / unknown channel: ${String(channel)}`;
        return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message } });
      }
      return ipcInvoke(channel, input ?? {});
    },
  });
}
