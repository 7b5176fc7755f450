// Locates the migrations folder both when run from source (tsx, vitest) and from the bundled main.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function migrationsDir(): string {
  const override = process.env['CHAINATLAS_MIGRATIONS_DIR'];
  if (override) return override;
  const here = dirname(fileURLToPath(import.meta.url));
  // Source layout: electron/core/db/migrations; bundle layout: out/main/migrations (copied by the build).
  const candidates = [join(here, 'migrations'), join(here, '..', 'migrations')];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`migrations folder not found near ${here}`);
  return found;
}
