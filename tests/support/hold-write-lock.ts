// Another program holding a workspace's write lock: a separate Node process that opens the file with
// better-sqlite3, starts a write transaction and keeps it open until released.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

const SCRIPT = `
const [, file, mod] = process.argv;
const Database = require(mod);
const db = new Database(file);
db.exec('BEGIN IMMEDIATE');
db.prepare('CREATE TABLE IF NOT EXISTS held_by_other (x)').run();
process.stdout.write('locked\\n');
process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
process.stdin.resume();
`;

export type HeldLock = { release(): Promise<void> };

export function holdWriteLock(file: string): Promise<HeldLock> {
  const child = spawn(process.execPath, ['-e', SCRIPT, file, BETTER_SQLITE3], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) =>
    child.on('exit', () => {
      r();
    }),
  );
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('locked')) {
        resolve({
          release: async () => {
            child.stdin.end();
            await exited;
          },
        });
      }
    });
    child.on('exit', (code) => {
      reject(new Error(`lock holder exited (${String(code)}): ${err}`));
    });
  });
}
