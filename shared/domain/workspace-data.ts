// A whole workspace as plain arrays of the domain types: what the analysis reads, what the
// spreadsheet planners match against and what the export writes. Pure data, no I/O.
import type {
  Chain,
  Cluster,
  Enterprise,
  EnterpriseSegment,
  Lead,
  Segment,
  SupplyLink,
} from './schemas.js';

export type WorkspaceData = {
  clusters: Cluster[];
  chains: Chain[];
  segments: Segment[];
  enterprises: Enterprise[];
  mappings: EnterpriseSegment[];
  links: SupplyLink[];
  leads: Lead[];
};
