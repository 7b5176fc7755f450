// Handlers for the supply-network channels (shared/ipc/network-contract.ts), spread into the
// handler table in ./handlers.ts; they call the network service only.
import type { networkContract } from '../../../shared/ipc/network-contract.js';
import {
  focusOfFirm,
  locateInNetwork,
  networkGraph,
  saveNetworkPositions,
} from '../services/network-service.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type NetworkChannel = keyof typeof networkContract;

export const networkHandlers: Pick<Handlers, NetworkChannel> = {
  'network:graph': (ctx, input) => networkGraph(requireWorkspace(ctx), input),
  'network:locate': (ctx, input) => locateInNetwork(requireWorkspace(ctx), input, input.firmIds),
  'network:savePositions': (ctx, input) =>
    saveNetworkPositions(requireWorkspace(ctx), input.viewKey, input.positions, input.replace),
  'network:focus': (ctx, input) =>
    focusOfFirm(requireWorkspace(ctx), input.enterpriseId, input.depth),
};
