// The one module that talks to the transport: Electron's preload (`window.api`) on the desktop, or the
// browser-mode host over HTTP with its per-run token. Everything else calls `call(channel, input)`.
import type { Api } from '../shared/ipc/api.js';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/ipc/contract.js';
import type { ApiError, ErrorCode, Result } from '../shared/ipc/result.js';

/** Codes the server sends plus NETWORK, which only the client can observe (host gone, bad reply). */
export type ClientErrorCode = ErrorCode | 'NETWORK';

/** A failed call, carrying the server's code and (Chinese-first) message. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_META = 'chainatlas-token';
const TOKEN_HEADER = 'X-ChainAtlas-Token';

/** The host writes the token into index.html; the `?token=` of the first URL is the fallback. */
function browserToken(): string | null {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  if (meta?.content) return meta.content;
  return new URLSearchParams(window.location.search).get('token');
}

const isResult = (v: unknown): v is Result<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';

async function invokeOverHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const token = browserToken();
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { [TOKEN_HEADER]: token } : {}),
      },
      body: JSON.stringify(input),
    });
  } catch (e) {
    throw new ApiCallError('NETWORK', e instanceof Error ? e.message : String(e));
  }
  if (response.status === 401 || response.status === 403) {
    throw new ApiCallError(
      'FORBIDDEN',
      `本地服务拒绝了请求（HTTP ${response.status}），请使用启动时打印的完整地址打开。`,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!isResult(body)) {
    throw new ApiCallError('NETWORK', `本地服务返回了无法识别的响应（HTTP ${response.status}）`);
  }
  return body;
}

function transport(): Api['invoke'] {
  const desktop = window.api;
  if (desktop) return desktop.invoke.bind(desktop);
  return invokeOverHttp as Api['invoke'];
}

/** Calls one contract channel and unwraps its Result: resolves with the value or throws ApiCallError. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await transport()(channel, input);
  if (result.ok) return result.value;
  const error: ApiError = result.error;
  throw new ApiCallError(error.code, error.message, error.details);
}

/** Normalises anything thrown by a call into an ApiCallError for display. */
export function toApiError(e: unknown): ApiCallError {
  if (e instanceof ApiCallError) return e;
  return new ApiCallError('INTERNAL', e instanceof Error ? e.message : String(e));
}

/** True inside the Electron window (native dialogs available), false in browser mode. */
export const isDesktop = (): boolean => window.api !== undefined;
