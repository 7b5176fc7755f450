// The one shape every api call returns, over ipc and over HTTP alike.
import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNSUPPORTED',
  'CANCELLED',
  'NO_WORKSPACE',
  'NOT_A_WORKSPACE',
  'WORKSPACE_TOO_NEW',
  'CORRUPT',
  /** The file exists but SQLite could not open it (permissions, a folder, a device…). */
  'OPEN_FAILED',
  /** The workspace file or its folder is not writable: it is open for reading only. */
  'READ_ONLY',
  /** Another program holds the workspace's write lock longer than the busy timeout. */
  'WORKSPACE_BUSY',
  /** A request body or uploaded file is over the one size limit. */
  'TOO_LARGE',
  /** Writing failed underneath (disk full, an I/O error): the change was rolled back. */
  'WRITE_FAILED',
  'REJECTED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  /** Chinese first: the message every shell has always shown. */
  message: z.string(),
  /** The same message in English, for an English UI and beside the Chinese in the CLI. */
  en: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  message: string,
  details: unknown,
  en: string,
): Result<never> => ({
  ok: false,
  error: { code, message, en, ...(details === undefined ? {} : { details }) },
});

/**
 * Thrown by services for expected failures; shells turn it into `fail(...)`. The English text is
 * required, so no failure reaches a user in one language only.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Chinese: what every shell shows first. */
    message: string,
    readonly details: unknown,
    /** English text of `message`, shown by the CLI beside the Chinese and sent as `en`. */
    readonly en: string,
  ) {
    super(message);
  }
}
