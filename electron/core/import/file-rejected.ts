// The one error a file can be refused with, carrying a code and a Chinese and an English message.
export type RejectCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'UNKNOWN_FORMAT'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'ZIP_LIMIT'
  | 'ENCODING'
  | 'CSV_SYNTAX'
  | 'PARSER_CRASHED'
  | 'PARSER_TIMEOUT'
  | 'CANCELLED';

export class FileRejectedError extends Error {
  constructor(
    readonly code: RejectCode,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
  }
}

export const reject = (code: RejectCode, zh: string, en: string): FileRejectedError =>
  new FileRejectedError(code, zh, en);
