// One benchmark measurement as the bench runner (tests/bench/run.ts) prints it.
export type BenchRow = { name: string; size: string; ms: number; note?: string };
