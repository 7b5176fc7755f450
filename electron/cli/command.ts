// The shape of one CLI subcommand. Exit codes: 0 ok, 1 rejected input (nothing written), 2 usage.
export type CliIO = {
  out: (text: string) => void;
  err: (text: string) => void;
};

export type Command = {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIO): Promise<number> | number;
};

export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;
