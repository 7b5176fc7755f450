// The one module that talks to the transport: Electron's preload (`window.api`) on the desktop, or the
// browser-mode host over HTTP with its per-run token. Everything else calls `call(channel, input)`.
import type { Api } from '../shared/ipc/api.js';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/ipc/contract.js';
import type { ApiError, ErrorCode, Result } from '../shared/ipc/result.js';

/** Codes the server sends plus NETWORK, which only the client can observe (host gone, bad reply). */
export type ClientErrorCode = ErrorCode | 'NETWORK';

/** A failed call: the server's code, its Chinese message and, where it has one, the English text. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly details?: unknown,
    readonly en?: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

type SuccessListener = (channel: Channel, value: unknown) => void;
let succeeded: SuccessListener | undefined;
type FailureListener = (channel: Channel, error: ApiCallError) => void;
let failed: FailureListener | undefined;

/**
 * A failed call may still leave the screen behind what is stored (a write refused half-way through a
 * form, the file made read-only, a damaged file met by a read): the data layer refetches from here.
 */
export function onCallFailed(listener: FailureListener | undefined): void {
  failed = listener;
}

/**
 * The data layer listens here to refresh the answers a write changed, whichever page made the call,
 * so no write can forget it.
 */
export function onCallSucceeded(listener: SuccessListener | undefined): void {
  succeeded = listener;
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
      // A Blob, not a string: a request carrying a workbook (megabytes of base64) sent as a string
      // held the page while the browser copied it, and the import's progress polls waited behind.
      body: new Blob([JSON.stringify(input)], { type: 'application/json' }),
    });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ApiCallError('NETWORK', reason, undefined, reason);
  }
  const status = String(response.status);
  if (response.status === 401 || response.status === 403) {
    throw new ApiCallError(
      'FORBIDDEN',
      `本地服务拒绝了请求（HTTP ${status}），请使用启动时打印的完整地址打开。`,
      undefined,
      `The local service refused the request (HTTP ${status}): open the full address printed at start.`,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!isResult(body)) {
    throw new ApiCallError(
      'NETWORK',
      `本地服务返回了无法识别的响应（HTTP ${status}）`,
      undefined,
      `The local service sent an answer that could not be read (HTTP ${status}).`,
    );
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
  if (result.ok) {
    succeeded?.(channel, result.value);
    return result.value;
  }
  const error: ApiError = result.error;
  const thrown = new ApiCallError(error.code, error.message, error.details, error.en);
  failed?.(channel, thrown);
  throw thrown;
}

/** Normalises anything thrown by a call into an ApiCallError for display. */
export function toApiError(e: unknown): ApiCallError {
  if (e instanceof ApiCallError) return e;
  const text = e instanceof Error ? e.message : String(e);
  return new ApiCallError('INTERNAL', text, undefined, text);
}

/** True inside the Electron window (native dialogs available), false in browser mode. */
export const isDesktop = (): boolean => window.api !== undefined;
