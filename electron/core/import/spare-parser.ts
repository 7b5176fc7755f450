// Keeps one parser process started ahead of time, so the user's wait after choosing a file is the
// read itself, not Node's start and the parser's first compilation. Each process still reads one
// file only and is killed after it: a hostile file never shares a process with the next one.
import type { ParserLauncher, ParserProcess } from './supervise-parser.js';

export type SpareParsers = {
  /** The launcher to supervise with: the warmed spare when there is one, else a fresh process. */
  launch: ParserLauncher;
  /**
   * Starts a spare (unless one is alive) and resolves when it is warm, or when it died trying
   * (the next file then starts a fresh process, as without a spare).
   */
  warm: () => Promise<void>;
  /** Kills the spare, if any. */
  dispose: () => void;
};

/** An idle spare is killed after this long: an import page left open must not hold memory for ever. */
export const SPARE_IDLE_MS = 10 * 60_000;

export function spareParsers(launch: ParserLauncher, idleMs = SPARE_IDLE_MS): SpareParsers {
  let spare: {
    proc: ParserProcess;
    ready: Promise<void>;
    isReady: boolean;
    timer: NodeJS.Timeout;
  } | null = null;
  const drop = (proc: ParserProcess): void => {
    if (spare?.proc !== proc) return;
    clearTimeout(spare.timer);
    spare = null;
  };
  const start = (): Promise<void> => {
    const proc = launch();
    const ready = new Promise<void>((resolve) => {
      proc.onMessage((m) => {
        if (!('ready' in m)) return;
        if (spare?.proc === proc) spare.isReady = true;
        resolve();
      });
      const gone = (): void => {
        drop(proc);
        resolve();
      };
      proc.onExit(gone);
      proc.onError(gone);
    });
    const timer = setTimeout(() => {
      drop(proc);
      proc.kill();
    }, idleMs);
    // An idle spare never keeps a CLI or a test run alive.
    timer.unref();
    spare = { proc, ready, isReady: false, timer };
    proc.send({ warm: true });
    return ready;
  };
  return {
    launch: () => {
      const s = spare;
      if (!s) return launch();
      drop(s.proc);
      if (s.isReady && s.proc.isRunning()) return s.proc;
      // Still warming up (on a slow or busy machine that can take longer than a fresh start):
      // a fresh process reads the file, and the half-warm one must not compete with it for CPU.
      s.proc.kill();
      return launch();
    },
    warm: () => (spare?.proc.isRunning() ? spare.ready : start()),
    dispose: () => {
      const s = spare;
      if (!s) return;
      drop(s.proc);
      s.proc.kill();
    },
  };
}
