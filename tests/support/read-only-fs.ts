// Makes a file or folder really unwritable for this process, so read-only handling is exercised, not
// simulated. Tests run as root here, where permission bits never refuse a write: `chattr +i` (the
// immutable flag, refused even to root) is used when it works, chmod otherwise (non-root runs).
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, statSync } from 'node:fs';

export type Undo = () => void;

const stillWritable = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Returns the undo step, or a reason why this machine cannot make `path` read-only. */
export function makeReadOnly(path: string): Undo | string {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const set = spawnSync('chattr', ['+i', path], { encoding: 'utf8' });
    if (set.status !== 0 || stillWritable(path)) {
      return `chattr +i is not available here (${set.stderr.trim() || String(set.error)})`;
    }
    return () => {
      spawnSync('chattr', ['-i', path]);
    };
  }
  const mode = statSync(path).mode & 0o7777;
  chmodSync(path, mode & ~0o222);
  if (stillWritable(path)) {
    chmodSync(path, mode);
    return 'chmod did not make the path read-only';
  }
  return () => {
    chmodSync(path, mode);
  };
}
