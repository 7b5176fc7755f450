// `/api/<channel>`: the contract over HTTP. Checks, in order: POST only, a request from our own
// origin, the token header, a well-formed channel name, the one size limit, JSON; then dispatch.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { dispatch } from '../core/api/dispatch.js';
import type { ShellContext } from '../core/api/shell-context.js';
import { apiAuthorised, isSameOrigin } from './guard.js';
import { BodyTooLargeError, readBody, tooLargeText } from './request-body.js';
import { sendApiError, sendJson } from './respond.js';

export type ApiRouteOptions = { token: string; ctx: ShellContext; maxBodyBytes?: number };

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  opts: ApiRouteOptions,
): Promise<void> {
  if (req.method !== 'POST') {
    sendApiError(res, 405, 'INVALID_INPUT', {
      zh: '接口只接受 POST 请求',
      en: 'The api only accepts POST requests',
    });
    return;
  }
  if (!isSameOrigin(req)) {
    sendApiError(res, 403, 'FORBIDDEN', {
      zh: `拒绝来自其他网页的请求（Origin: ${req.headers.origin ?? '无'}）`,
      en: `Refused a request made by another page (Origin: ${req.headers.origin ?? 'none'})`,
    });
    return;
  }
  if (!apiAuthorised(req, opts.token)) {
    sendApiError(res, 401, 'FORBIDDEN', {
      zh: '缺少令牌或令牌错误，请使用启动时打印的完整地址打开',
      en: 'Missing or wrong token: open the URL printed at start',
    });
    return;
  }
  let channel: string;
  try {
    channel = decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    sendApiError(res, 400, 'INVALID_INPUT', {
      zh: `接口路径的百分号编码无效：${url.pathname}`,
      en: `Malformed percent-encoding in the api path: ${url.pathname}`,
    });
    return;
  }
  let input: unknown;
  try {
    const body = await readBody(req, opts.maxBodyBytes);
    input = body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {};
  } catch (e) {
    if (e instanceof BodyTooLargeError) {
      sendApiError(res, 413, 'TOO_LARGE', tooLargeText(e.limit));
      return;
    }
    sendApiError(res, 400, 'INVALID_INPUT', {
      zh: `请求内容不是有效的 JSON：${(e as Error).message}`,
      en: `The request body is not valid JSON: ${(e as Error).message}`,
    });
    return;
  }
  sendJson(res, 200, await dispatch(opts.ctx, channel, input));
}
