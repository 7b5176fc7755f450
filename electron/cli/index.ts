// CLI entry (`npm run cli -- …`, run through tsx so it works right after npm install).
import { runCli } from './main.js';

const io = {
  out: (t: string) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t: string) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `内部错误 / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 70;
  },
);
