// Handlers for the analysis, snapshot, lead and settings channels (shared/ipc/analysis-contract.ts),
// spread into the handler table in ./handlers.ts.
import type { analysisContract } from '../../../shared/ipc/analysis-contract.js';
import {
  analysisSettings,
  anchorAnalysis,
  compareWithSnapshot,
  runAnalysis,
  saveSnapshot,
  snapshots,
  targetList,
  tiersOf,
  updateAnalysisSettings,
} from '../services/analysis-service.js';
import { createLead, editLead, listLeadRows, removeLead } from '../services/lead-service.js';
import { reportFile } from '../services/report-service.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type AnalysisChannel = keyof typeof analysisContract;

export const analysisHandlers: Pick<Handlers, AnalysisChannel> = {
  'analysis:run': (ctx, input) => runAnalysis(requireWorkspace(ctx), input),
  'analysis:targets': (ctx, input) => targetList(requireWorkspace(ctx), input),
  'analysis:anchor': (ctx, input) => anchorAnalysis(requireWorkspace(ctx), input.enterpriseId),
  'analysis:tiers': (ctx, input) =>
    tiersOf(requireWorkspace(ctx), input.enterpriseId, input.depth, input.direction),
  'snapshot:save': (ctx, input) => saveSnapshot(requireWorkspace(ctx), input.name),
  'snapshot:list': (ctx) => snapshots(requireWorkspace(ctx)),
  'snapshot:compare': (ctx, input) =>
    compareWithSnapshot(requireWorkspace(ctx), input.fromId, input.toId),
  'lead:list': (ctx, input) => listLeadRows(requireWorkspace(ctx), input),
  'lead:create': (ctx, input) => createLead(requireWorkspace(ctx), input),
  'lead:update': (ctx, { id, ...patch }) => editLead(requireWorkspace(ctx), id, patch),
  'lead:delete': (ctx, { id }) => removeLead(requireWorkspace(ctx), id),
  'analysis:report': async (ctx, input) => {
    const { fileName, bytes } = await reportFile(requireWorkspace(ctx), input);
    return { fileName, base64: bytes.toString('base64') };
  },
  'settings:get': (ctx) => analysisSettings(requireWorkspace(ctx)),
  'settings:set': (ctx, input) => updateAnalysisSettings(requireWorkspace(ctx), input),
};
