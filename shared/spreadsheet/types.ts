// Plain data exchanged between the sandboxed spreadsheet reader and the pure import rules:
// sheets as rows of primitive cells, and the issues the rules report. No I/O here.

/** A cell as the reader hands it over: text stays text; a number is a number the file stored as one. */
export type CellValue = string | number | boolean | null;

export type SheetData = {
  name: string;
  /** Row i is spreadsheet row i + 1 (rows above the data keep their place, blank rows stay blank). */
  rows: CellValue[][];
  /** Addresses (e.g. "C7") of cells that held a formula; only the cached value is in `rows`. */
  formulaCells: string[];
  /** Set when the reader stopped at its row cap or found data beyond its column cap. */
  truncated: null | 'rows' | 'columns';
};

export type WorkbookData = {
  file: string;
  format: 'xlsx' | 'xls' | 'ods' | 'csv';
  sheets: SheetData[];
  /** CSV only: how the bytes were decoded and whether we are sure. */
  encoding?: { name: string; confident: boolean };
  /**
   * Set by the parser process: its peak memory, parse time and CPU time (benchmark and logs);
   * processCpuMs is the whole process's CPU time (start, loading the reader, any warm-up, parse);
   * startedAhead: the process was started and warmed up before the file was chosen.
   */
  readerStats?: {
    peakRssKb: number;
    ms: number;
    cpuMs?: number;
    processCpuMs?: number;
    startedAhead?: boolean;
  };
};

export type Severity = 'error' | 'warning';

export type ImportIssue = {
  file: string;
  sheet: string;
  /** 1-based, as the spreadsheet shows it; 0 for a problem with the whole sheet/file. */
  row: number;
  /** e.g. "B 统一社会信用代码"; empty for a whole-row problem. */
  column: string;
  severity: Severity;
  code: IssueCode;
  messageZh: string;
  messageEn: string;
};

export type IssueCode =
  | 'FILE_REJECTED'
  | 'NO_RECOGNISED_SHEET'
  | 'SHEET_TRUNCATED'
  | 'DUPLICATE_HEADER'
  | 'MISSING_NAME'
  | 'USCC_INVALID'
  | 'USCC_CHECKSUM'
  | 'USCC_NUMBER'
  | 'DUPLICATE_FIRM'
  | 'UNKNOWN_ENDPOINT'
  | 'SELF_LINK'
  | 'DUPLICATE_LINK'
  | 'UNKNOWN_SEGMENT'
  | 'AMBIGUOUS_SEGMENT'
  | 'AMBIGUOUS_MATCH'
  | 'BAD_NUMBER'
  | 'UNIT_ASSUMED'
  | 'UNKNOWN_CHAIN'
  | 'POSSIBLE_DUPLICATE'
  | 'NAME_DIFFERS'
  | 'NOT_FOUND'
  | 'BAD_YEAR'
  | 'BAD_VALUE'
  | 'FORMULA_CELL'
  | 'CELL_TOO_LONG'
  | 'MISSING_FIELD'
  /** Two columns of a row say opposite things (是否规上=否 with the tag 规上); one wins, as stated. */
  | 'FLAG_CONFLICT'
  /** Partial import: the row names a row that was skipped for its own errors. */
  | 'DEPENDS_ON_SKIPPED';

/** Where a row came from, for issues and for the import report. */
export type RowOrigin = { file: string; sheet: string; row: number };

export type EntityKind = 'enterprises' | 'links' | 'chains' | 'leads';
export const ENTITY_KINDS: readonly EntityKind[] = ['enterprises', 'links', 'chains', 'leads'];
