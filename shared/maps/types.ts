// The map scene: everything a picture of a chain, a cluster or the workspace overview needs, as
// positioned boxes, texts and edges in model pixels. The screen, the SVG writer and the PNG export all
// draw this one model, so what is exported is what was seen. Pure data; colours live in ./styles.ts.
import type { SegmentState } from '../analysis/schemas.js';
import type { Stage } from '../domain/schemas.js';

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

/** What a segment box shows: the analysis state, or 'filling' when a signed/landed lead fills a gap. */
export type DisplayState = SegmentState | 'filling';

/** Box style keys; ./styles.ts maps each to fill, stroke, stroke width and dash. */
export type BoxStyle =
  | 'background'
  | 'lane'
  | 'lane-header'
  | 'band'
  | 'band-header'
  | `seg-${DisplayState}`
  | `parent-${DisplayState}`
  | `badge-${DisplayState}`
  | 'badge-outside-only'
  | 'key-outline'
  | 'chip-local'
  | 'chip-outside'
  | 'chip-anchor'
  | 'chip-target'
  | 'chip-more'
  | 'chip-shared-mark'
  | 'tile'
  | `bar-${DisplayState}`
  | 'legend'
  | 'title';

/** Text style keys; ./styles.ts maps each to a fill colour (and italics where it helps in grey). */
export type TextStyle =
  | 'title'
  | 'subtitle'
  | 'lane'
  | 'band'
  | 'segment'
  | 'badge'
  | 'badge-on-dark'
  | 'count'
  | 'muted'
  | 'chip'
  | 'chip-outside'
  | 'chip-target'
  | 'chip-more'
  | 'flow-label'
  | 'tile-title'
  | 'tile-metric'
  | 'legend'
  | 'note';

/** Edge style keys: supplier local vs outside, aggregated flow vs firm link, and the hover highlight. */
export type EdgeStyle =
  'flow-local' | 'flow-outside' | 'link-local' | 'link-outside' | 'link-hover';

/** A filled/stroked rectangle. */
export type SceneRect = Rect & { style: BoxStyle; radius: number };

/**
 * One line of text. `x` is the anchor point, `y` the alphabetic baseline; `maxWidth` is the room the
 * layout measured it against (the text is already shortened to fit). The screen hides a text while
 * the zoom is below `minZoom` (labels by zoom); exports draw every text.
 */
export type SceneText = {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: 400 | 700;
  anchor: 'start' | 'middle' | 'end';
  style: TextStyle;
  maxWidth: number;
  minZoom: number;
};

/** Anything drawn as a frame, extra rectangles on top of it (badges, marks), then its texts. */
export type SceneItem = { id: string; frame: SceneRect; decor: SceneRect[]; texts: SceneText[] };

export type LaneItem = SceneItem & { stage: Stage; chainId: number | null };

/** Cluster panorama: one band per chain. */
export type BandItem = SceneItem & { chainId: number };

export type SegmentItem = SceneItem & {
  segmentId: number;
  chainId: number;
  parentId: number | null;
  depth: number;
  stage: Stage;
  name: string;
  state: SegmentState;
  display: DisplayState;
  isKey: boolean;
  isLeaf: boolean;
  /** Firms are mapped here, but none of them is local: it is a gap however full it looks. */
  outsideOnly: boolean;
  localCount: number;
  outsideCount: number;
  /** Firms of this segment not drawn as chips (over-full and not expanded). */
  hiddenCount: number;
  expandable: boolean;
  expanded: boolean;
};

export type ChipKind = 'firm' | 'target' | 'more';

export type ChipItem = SceneItem & {
  kind: ChipKind;
  /** null for the "+N more" chip. */
  enterpriseId: number | null;
  segmentId: number;
  chainId: number;
  /** Full name (the chip shows a short one). */
  name: string;
  isLocal: boolean;
  isAnchor: boolean;
  /** Mapped into more than one chain of the picture (cluster map) or segment (chain map). */
  isShared: boolean;
};

/** Cubic Bézier: start, two control points, end. */
export type Curve = [Point, Point, Point, Point];

export type EdgeItem = {
  id: string;
  kind: 'flow' | 'link';
  /** Ids of the scene items it joins (segment ids for flows, chip ids for links). */
  from: string;
  to: string;
  curve: Curve;
  width: number;
  style: EdgeStyle;
  arrow: boolean;
  /** Supply links it stands for, and their summed amount (万元) when any link has one. */
  count: number;
  amount: number | null;
  label: SceneText | null;
};

/** Overview: one tile per cluster and per chain. */
export type TileItem = SceneItem & { clusterId: number; chainId: number | null };

export type LegendItem =
  | { kind: 'box'; swatch: SceneRect; text: SceneText }
  | { kind: 'edge'; from: Point; to: Point; style: EdgeStyle; width: number; text: SceneText };

export type LegendSlot = { frame: SceneRect; items: LegendItem[] };

/** Title block at the top; note block (workspace, date, data counts and source) at the bottom. */
export type TextSlot = { frame: Rect; texts: SceneText[] };

export type SceneKind = 'chain' | 'cluster' | 'overview';

/**
 * Draw order: background, bands, lanes, segments (parents before children, as listed), edges,
 * chips, tiles, title, legend, note.
 */
export type MapScene = {
  kind: SceneKind;
  width: number;
  height: number;
  background: SceneRect;
  title: TextSlot;
  legend: LegendSlot;
  note: TextSlot;
  bands: BandItem[];
  lanes: LaneItem[];
  segments: SegmentItem[];
  edges: EdgeItem[];
  chips: ChipItem[];
  tiles: TileItem[];
  /** Data sizes behind the picture, for the note and the bench. */
  stats: { segments: number; firms: number; links: number; chips: number; edges: number };
};

/** Caller-supplied words for the title and note (workspace name, date): the layout invents none. */
export type SceneCaption = { title: string; subtitle?: string; note?: readonly string[] };
