// Running map exports by the renderer's requestId: their latest progress (polled by `map:progress`)
// and an AbortController that `map:cancel` fires. A finished job is forgotten.
import type { MapProgress } from '../../../shared/ipc/map-contract.js';

type Job = { progress: MapProgress; controller: AbortController };

const jobs = new Map<string, Job>();

export type JobHandle = {
  signal: AbortSignal;
  report: (p: MapProgress) => void;
  finish: () => void;
};

/** Registers a job; without a requestId nothing can follow or cancel it. */
export function startJob(requestId: string | undefined, total: number): JobHandle {
  const controller = new AbortController();
  if (requestId === undefined)
    return { signal: controller.signal, report: () => undefined, finish: () => undefined };
  jobs.get(requestId)?.controller.abort();
  const job: Job = { progress: { phase: 'layout', done: 0, total }, controller };
  jobs.set(requestId, job);
  return {
    signal: controller.signal,
    report: (p) => {
      job.progress = p;
    },
    finish: () => {
      if (jobs.get(requestId) === job) jobs.delete(requestId);
    },
  };
}

export const jobProgress = (requestId: string): MapProgress | null =>
  jobs.get(requestId)?.progress ?? null;

export function cancelJob(requestId: string): boolean {
  const job = jobs.get(requestId);
  if (!job) return false;
  job.controller.abort();
  return true;
}
