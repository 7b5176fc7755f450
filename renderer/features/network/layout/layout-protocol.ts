// Messages between the page and the layout worker: what to lay out and the positions that come back.
export type LayoutAlgorithm = 'fcose' | 'elk';

export type LayoutNode = {
  id: string;
  parent: string | null;
  /** Compound parents get no size: their children decide it. */
  w: number;
  h: number;
  x?: number | undefined;
  y?: number | undefined;
  /** A node the user dragged: the layout keeps it where it is. */
  fixed: boolean;
};

export type LayoutRequest = {
  algorithm: LayoutAlgorithm;
  nodes: LayoutNode[];
  edges: { source: string; target: string }[];
  /** false: start from the given positions (incremental), true: start over (重新布局). */
  randomize: boolean;
};

export type LayoutPhase = 'prepare' | 'layout' | 'done';

export type LayoutReply =
  | { kind: 'progress'; phase: LayoutPhase }
  | { kind: 'done'; positions: { id: string; x: number; y: number }[]; ms: number }
  | { kind: 'error'; message: string };
