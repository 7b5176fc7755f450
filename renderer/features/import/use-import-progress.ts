// Polls `import:progress` for the preview or commit running under `requestId` (null = nothing is
// running, so nothing is polled). One request at a time, ~200 ms apart; stops on unmount. The first
// poll goes out almost at once: a check of a few thousand rows is over in well under a second, and
// the placeholder alone would never tell the user which step the app was on.
import { useEffect, useState } from 'react';

import type { ImportProgress } from '../../../shared/ipc/import-contract.js';
import { call } from '../../api.js';

export const POLL_MS = 200;
const FIRST_POLL_MS = 30;

export function useImportProgress(requestId: string | null): ImportProgress | null {
  // Kept with its request id, so a new request never shows the previous one's last step.
  const [latest, setLatest] = useState<{ id: string; p: ImportProgress } | null>(null);
  useEffect(() => {
    if (!requestId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const p = await call('import:progress', { requestId });
        // null: finished (or not started yet); keep the last step shown until the caller stops us.
        if (!stopped && p) setLatest({ id: requestId, p });
      } catch {
        // A missed poll only delays the next step's text; the import itself reports its own errors.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), FIRST_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [requestId]);
  return latest && latest.id === requestId ? latest.p : null;
}
