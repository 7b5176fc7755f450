// Runs one long export call (a big PNG, 导出全部图谱) while polling its progress by requestId, and
// lets the user cancel it. The call itself returns the file; progress is only for the dialog.
import { useCallback, useRef, useState } from 'react';

import type { MapProgress } from '../../../shared/ipc/map-contract.js';
import { call } from '../../api.js';

export type JobState = { title: string; progress: MapProgress | null } | null;

const POLL_MS = 400;

export function useExportJob() {
  const [job, setJob] = useState<JobState>(null);
  const current = useRef<string | null>(null);

  const run = useCallback(async <T>(title: string, work: (requestId: string) => Promise<T>) => {
    const requestId = `map-${String(Date.now())}-${Math.random().toString(36).slice(2, 8)}`;
    current.current = requestId;
    setJob({ title, progress: null });
    const timer = setInterval(() => {
      void call('map:progress', { requestId })
        .then((progress) => {
          if (current.current === requestId && progress) setJob({ title, progress });
        })
        .catch(() => undefined);
    }, POLL_MS);
    try {
      return await work(requestId);
    } finally {
      clearInterval(timer);
      current.current = null;
      setJob(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const requestId = current.current;
    if (requestId) void call('map:cancel', { requestId }).catch(() => undefined);
  }, []);

  return { job, run, cancel };
}
