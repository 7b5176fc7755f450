// Hard limits applied to every imported file before and while parsing (research/reliability.md §2.3).
export const LIMITS = {
  /** Largest file accepted at all. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Zip (xlsx/ods): most entries, total declared uncompressed size, and worst entry ratio. */
  maxZipEntries: 5_000,
  maxZipUncompressedBytes: 400 * 1024 * 1024,
  maxZipRatio: 200,
  /** The ratio rule only applies to entries larger than this (tiny entries compress wildly). */
  zipRatioMinBytes: 10 * 1024 * 1024,
  /** Rows kept per sheet (header and title rows included); more is refused, never silently cut. */
  maxRows: 250_000,
  maxColumns: 512,
  /** Longest text in one cell: Excel's own limit, so a longer cell is never a real register. */
  maxCellChars: 32_767,
  /** Parser child process: heap cap and wall-clock limit. */
  parserHeapMb: 1024,
  parserTimeoutMs: 60_000,
} as const;

export type Limits = { -readonly [K in keyof typeof LIMITS]: number };
