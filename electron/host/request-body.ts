// The one size limit of browser mode: a request body may hold the largest file the importer accepts
// (sent as base64 inside JSON), and several files together must fit in the same room.
import type { IncomingMessage } from 'node:http';

import { LIMITS } from '../core/import/limits.js';

/** base64 turns 3 bytes into 4; 1 MiB more for the JSON around the file and the other fields. */
export const MAX_REQUEST_BYTES = Math.ceil(LIMITS.maxFileBytes / 3) * 4 + 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${String(limit)} bytes`);
  }
}

const mb = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));

/** Chinese and English text for a refused upload, naming the file limit the user can act on. */
export function tooLargeText(limit: number): { zh: string; en: string } {
  return {
    zh: `上传的文件过大：单次请求最多 ${mb(limit)} MB（单个文件最大 ${mb(LIMITS.maxFileBytes)} MB，多个文件合计也不能超过此上限），未做任何修改`,
    en: `Upload too large: at most ${mb(limit)} MB per request (${mb(LIMITS.maxFileBytes)} MB per file, and several files together within the same limit); nothing was changed`,
  };
}

/**
 * Reads the body, refusing by Content-Length first and by counting when the length is not declared.
 * A refused body is still drained (not buffered), so the client reads the 413 answer instead of a
 * connection reset in the middle of its upload.
 */
export function readBody(req: IncomingMessage, limit = MAX_REQUEST_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 'NaN');
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
