// Supply-network use-cases: the grouped network for a filter with its saved positions, saving the
// positions a layout or a drag produced, and the firm-focus tiers. Pure work lives in shared/network;
// the workspace and its segment states come from the per-revision cache the analysis shares.
import type { SegmentState } from '../../../shared/analysis/schemas.js';
import { AppError } from '../../../shared/ipc/result.js';
import { buildNetwork, type NetworkRequest } from '../../../shared/network/build-network.js';
import { firmFocus } from '../../../shared/network/focus.js';
import { locateFirms } from '../../../shared/network/locate.js';
import type {
  FirmFocus,
  FirmPlace,
  NetworkGraph,
  NodePosition,
} from '../../../shared/network/schemas.js';
import { loadPositions, savePositions } from '../repositories/position-repository.js';
import { viewStateWrite } from './revision.js';
import { runAnalysis, workspaceData } from './analysis-service.js';
import type { Workspace } from './workspace.js';

export type NetworkAnswer = NetworkGraph & { positions: NodePosition[] };

/** Segment states when the filter asks for one. */
function statesFor(
  ws: Workspace,
  req: Pick<NetworkRequest, 'filter'>,
): Map<number, SegmentState> | undefined {
  if (req.filter.segmentState === undefined) return undefined;
  // States depend on the whole workspace (broken links cross chains): the whole analysis, cached.
  const analysis = runAnalysis(ws, {}, { centrality: false });
  const stateOfSegment = new Map<number, SegmentState>();
  for (const c of analysis.chains)
    for (const s of c.segments) stateOfSegment.set(s.segmentId, s.state);
  return stateOfSegment;
}

export function networkGraph(ws: Workspace, req: NetworkRequest): NetworkAnswer {
  const { data } = workspaceData(ws);
  const graph = buildNetwork(data, { ...req, stateOfSegment: statesFor(ws, req) });
  return { ...graph, positions: loadPositions(ws.db, graph.viewKey) };
}

export function locateInNetwork(
  ws: Workspace,
  req: Pick<NetworkRequest, 'filter' | 'groupBy'>,
  firmIds: readonly number[],
): FirmPlace[] {
  const { data } = workspaceData(ws);
  return locateFirms(data, { ...req, stateOfSegment: statesFor(ws, req) }, firmIds);
}

export function saveNetworkPositions(
  ws: Workspace,
  viewKey: string,
  positions: readonly NodePosition[],
  replace: boolean,
): { saved: number } {
  viewStateWrite(ws.db, () => {
    savePositions(ws.db, viewKey, positions, replace);
  });
  return { saved: positions.length };
}

export function focusOfFirm(ws: Workspace, enterpriseId: number, depth: number): FirmFocus {
  const { data } = workspaceData(ws);
  if (!data.enterprises.some((e) => e.id === enterpriseId)) {
    throw new AppError(
      'NOT_FOUND',
      `企业不存在（id ${String(enterpriseId)}）`,
      undefined,
      `Firm not found (id ${String(enterpriseId)})`,
    );
  }
  return firmFocus(data, enterpriseId, depth);
}
