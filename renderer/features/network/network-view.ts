// The Cytoscape edge of the network page: one instance, its elements (a dense view's links between
// firms painted under them by LinkLayer), saved and computed positions, hover neighbourhoods (with the
// links a dense view leaves out), double-click to collapse/expand a group, drag to pin, search to
// centre. React stays outside; the page talks to it through methods.
import cytoscape, { type Core, type EdgeCollection, type NodeSingular } from 'cytoscape';

import {
  ADD_CHUNK,
  addChunks,
  COMPOUND_CHUNK,
  fitViewport,
  placeNodes,
} from '../../../shared/network/chunks.js';
import type { ElementDef } from '../../../shared/network/elements.js';
import { NETWORK_STYLE } from '../../../shared/network/elements.js';
import { CROWD_NAMES_FROM_ZOOM } from '../../../shared/network/labels.js';
import { isPaintedLink } from '../../../shared/network/link-paint.js';
import { openedScope, placeClosed, placeOpened } from '../../../shared/network/open-group.js';
import { SAVED_GAP } from '../../../shared/network/separate.js';
import { smallLayout } from '../../../shared/network/small-layout.js';
import type { NodePosition } from '../../../shared/network/schemas.js';
import { startLayout, type LayoutRun } from './layout/layout-client.js';
import type { LayoutAlgorithm, LayoutNode, LayoutPhase } from './layout/layout-protocol.js';
import { apart, drawnLeaves, scopedJob } from './open-layout.js';
import { CrowdNames } from './crowd-names.js';
import { GroupTitles } from './group-titles.js';
import { LinkLayer, type LayerLink } from './link-layer.js';
import { MajorLabels } from './major-labels.js';
import { warmTextures } from './warm-textures.js';

/**
 * A firm found by search is centred at least this close: there the firms around it have their names
 * (at 1.2, below the zoom that names a large view's smaller firms, it stood among nameless dots).
 */
const FOCUS_ZOOM = CROWD_NAMES_FROM_ZOOM * 1.05;

/** Up to this many elements hovering fades the rest; above it only the neighbourhood lights up. */
const FADE_UP_TO = 1500;

/** Lets the browser handle input and paint between two chunks of a large add. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

export type ViewEvents = {
  onOpenFirm: (firmId: number) => void;
  onToggleGroup: (groupId: string) => void;
  /** Positions to save; `replace` when a full layout started over. */
  onPositions: (positions: NodePosition[], replace: boolean) => void;
  /**
   * 'placing': the layout is computed and its positions are being applied (not cancellable);
   * 'placed': a few nodes were put in place at once, without a layout run.
   */
  onLayout: (state: {
    phase: LayoutPhase | 'placing' | 'placed' | 'failed' | 'cancelled';
    ms?: number;
  }) => void;
};

export class NetworkView {
  readonly cy: Core;
  private run: LayoutRun | null = null;
  private pinned = new Set<string>();
  /** Leaves of the latest `show` with no saved position and not drawn before (an opened group's). */
  private fresh = new Set<string>();
  /** Links not drawn in a dense view, by firm node id: added while that firm is hovered. */
  private minorOf = new Map<string, ElementDef[]>();
  /** A dense view's drawn links between firms, painted under the firms (see LinkLayer). */
  private readonly links: LinkLayer;
  /** Counts `show` calls: a chunked add stops when a newer one has started. */
  private generation = 0;
  /** Counts `show` and `layout` calls: applying a layout's positions stops when either came since. */
  private placing = 0;
  private readonly majors: MajorLabels;
  private readonly crowd: CrowdNames;
  private readonly titles: GroupTitles;
  private destroyed = false;
  /** The viewport to return to once a chunked add is complete (null: not hidden). */
  private hiddenFrom: { zoom: number; pan: { x: number; y: number } } | null = null;
  /** The group the latest click landed on, if it landed on one. */
  private tappedGroup: string | null = null;
  /** Images the last warming reached (read by tests: zero means Cytoscape's caches were not found). */
  private imagesMade = 0;
  /** The node the pointer is over, lit up with its neighbourhood. */
  private hovered: NodeSingular | null = null;
  private readonly onLeave = (): void => {
    this.unhover();
  };
  private readonly onDoubleClick = (): void => {
    if (this.tappedGroup !== null) this.events.onToggleGroup(this.tappedGroup);
    this.tappedGroup = null;
  };

  /**
   * Draws into a box of its own inside `frame`. Hiding and the state read by tests go on the frame:
   * Cytoscape watches its own box's attributes and takes any change there for a resize, redrawing
   * the whole picture 100 ms later (about 0.2 s more on 2,000 firms, every time it was hidden).
   */
  constructor(
    private readonly frame: HTMLElement,
    private readonly events: ViewEvents,
  ) {
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inset:0';
    frame.appendChild(container);
    this.cy = cytoscape({
      container,
      style: NETWORK_STYLE as cytoscape.StylesheetJson,
      // Measured on chain 38 (2,025 firms): drawing edges while panning is what makes frames slow.
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      pixelRatio: 1,
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.links = new LinkLayer(this.cy, frame);
    // The canvas has no DOM per node: end-to-end tests and the bench read positions through this,
    // and count the links drawn (Cytoscape's edges and the painted ones).
    Object.assign(frame, {
      cy: this.cy,
      drawnLinks: () => this.cy.edges().not('.transient').length + this.links.count,
      imagesMade: () => this.imagesMade,
    });
    this.majors = new MajorLabels(this.cy);
    this.crowd = new CrowdNames(this.cy);
    this.titles = new GroupTitles(this.cy);
    this.bind();
  }

  private bind(): void {
    const cy = this.cy;
    cy.on('mouseover', 'node', (e) => {
      const n = e.target as NodeSingular;
      this.unhover();
      this.hovered = n;
      cy.batch(() => {
        const extra = [...(this.minorOf.get(n.id()) ?? []), ...this.links.defsAt(n.id())].filter(
          (d) =>
            cy.getElementById(String(d.data['source'])).nonempty() &&
            cy.getElementById(String(d.data['target'])).nonempty(),
        );
        if (extra.length > 0) cy.add(extra).addClass('transient');
        const near = n.closedNeighborhood();
        // Fading means restyling every element: cheap on a small view, seconds on thousands.
        if (cy.elements().length <= FADE_UP_TO) {
          cy.elements().not(near).addClass('faded');
          n.ancestors().removeClass('faded');
          this.links.fade(true);
        }
        near.addClass('hl');
        // The hovered firm's name readable at any zoom (a group's title always is).
        if (!n.hasClass('group')) n.style('font-size', Math.min(40, 13 / cy.zoom()));
      });
    });
    cy.on('mouseout', 'node', () => {
      this.unhover();
    });
    // A double-click is the browser's own dblclick (the system's double-click speed, counted by
    // the browser) on the group the second click tapped. Cytoscape's dbltap needs both clicks
    // handled within 250 ms, and on a busy machine the page handled the second one later: the
    // group did not toggle at all.
    cy.on('tapstart', () => {
      this.tappedGroup = null;
    });
    cy.on('tap', 'node.group', (e) => {
      this.tappedGroup = (e.target as NodeSingular).id();
    });
    cy.container()?.addEventListener('dblclick', this.onDoubleClick);
    // Cytoscape says nothing when the pointer leaves its canvas from over a firm: the firm stayed lit
    // up, its links added, until the pointer came back.
    cy.container()?.addEventListener('mouseleave', this.onLeave);
    cy.on('tap', 'node.firm', (e) => {
      const id = (e.target as NodeSingular).data('firmId') as unknown;
      if (typeof id === 'number') this.events.onOpenFirm(id);
    });
    cy.on('dragfree', 'node', (e) => {
      const n = e.target as NodeSingular;
      const moved = n.isParent() ? n.descendants().filter((d) => !d.isParent()) : n;
      const out: NodePosition[] = moved.map((m) => {
        this.pinned.add(m.id());
        const p = m.position();
        return { id: m.id(), x: p.x, y: p.y, pinned: true };
      });
      this.events.onPositions(out, false);
      this.majors.space();
    });
  }

  /** Puts the hovered node's neighbourhood back as it was drawn. */
  private unhover(): void {
    const n = this.hovered;
    if (!n) return;
    this.hovered = null;
    const cy = this.cy;
    cy.batch(() => {
      // A node a new drawing replaced meanwhile has nothing left to restore.
      if (!n.removed()) {
        if (n.hasClass('major')) n.style('font-size', this.majors.current);
        else if (n.hasClass('group')) this.titles.restore(n);
        else n.removeStyle('font-size');
      }
      cy.remove('.transient');
      cy.$('.faded').removeClass('faded');
      this.links.fade(false);
      cy.$('.hl').removeClass('hl');
    });
  }

  /**
   * Replaces the elements, a chunk per task so the page keeps answering while thousands are added,
   * with the canvas hidden meanwhile (Cytoscape would otherwise redraw everything added so far after
   * every chunk). Resolves true when every node had a saved position (no layout needed), false when
   * some need one, null when a newer `show` took over.
   */
  async show(
    elements: ElementDef[],
    saved: readonly NodePosition[],
    minor: readonly ElementDef[] = [],
    onProgress: (added: number, total: number) => void = () => undefined,
  ): Promise<boolean | null> {
    const cy = this.cy;
    const generation = ++this.generation;
    this.placing++;
    this.cancel(false);
    this.minorOf = new Map();
    for (const d of minor)
      for (const end of [String(d.data['source']), String(d.data['target'])]) {
        const list = this.minorOf.get(end) ?? [];
        list.push(d);
        this.minorOf.set(end, list);
      }
    const prior = new Map<string, { x: number; y: number }>();
    cy.nodes(':childless').forEach((n) => {
      prior.set(n.id(), { ...n.position() });
    });
    this.pinned = new Set(saved.filter((p) => p.pinned).map((p) => p.id));
    const savedAt = new Map(saved.map((p) => [p.id, p]));
    // Open groups drawn a moment ago, by where their box was: one that closes is drawn there.
    const wasOpen = new Map(cy.nodes('.group.expanded').map((n) => [n.id(), { ...n.position() }]));
    const closed = elements
      .filter((e) => e.group === 'nodes' && /\bcollapsed\b/.test(e.classes))
      .map((e) => String(e.data['id']))
      .filter((id) => wasOpen.has(id));
    const { placed, missing, joined } = placeNodes(
      elements,
      savedAt,
      prior,
      Math.random,
      new Map(closed.map((id) => [id, wasOpen.get(id) ?? { x: 0, y: 0 }])),
    );
    const joinedIds = new Set(joined);
    this.fresh = new Set(
      placed
        .filter((e) => e.position && !savedAt.has(String(e.data['id'])))
        .map((e) => String(e.data['id']))
        .filter((id) => !prior.has(id) && !joinedIds.has(id)),
    );
    // Firms added into open groups cost about twice as much each (every group's box is measured
    // again), so those drawings go in smaller chunks.
    const compound = placed.some(
      (e) => e.group === 'nodes' && typeof e.data['parent'] === 'string',
    );
    // A dense view's links between firms are painted under them, unless group boxes are drawn: a
    // box's fill would cover the links of its firms.
    const painted = compound ? [] : placed.filter(isPaintedLink);
    const added = painted.length > 0 ? placed.filter((e) => !isPaintedLink(e)) : placed;
    const chunks = addChunks(added, compound ? COMPOUND_CHUNK : ADD_CHUNK);
    // The picture appears once, complete: shown with its firms while the links were still coming,
    // every chunk of links redrew the whole visible picture (about a second more on 2,000 firms).
    const hide = added.length > ADD_CHUNK;
    this.links.set([]);
    cy.batch(() => {
      cy.elements().remove();
    });
    if (hide) {
      onProgress(0, added.length);
      this.hide();
      // The first chunk in a task of its own: the page's render that asked for this drawing has
      // just taken most of a task (with a group opened, the two together took up to 290 ms).
      await nextTask();
      if (generation !== this.generation || this.destroyed) return null;
    }
    let done = 0;
    try {
      for (const chunk of chunks) {
        let eles: cytoscape.CollectionReturnValue | undefined;
        cy.batch(() => {
          eles = cy.add(chunk);
        });
        // Styled and measured in this chunk's task: left to the first visible frame, every element
        // added while hidden was styled and measured there, in one long task.
        if (hide) eles?.boundingBox();
        done += chunk.length;
        // The last chunk too ends its task: showing the picture (its images made, see warm) is a
        // task of its own.
        if (!hide) continue;
        onProgress(done, added.length);
        await nextTask();
        if (generation !== this.generation || this.destroyed) return null;
      }
      this.links.set(painted);
    } finally {
      if (generation === this.generation && !this.destroyed) this.unhide();
    }
    this.majors.apply(true);
    if (missing > 0) {
      // Shown where it was (an opened group, laid out next): its new images are made before the
      // first frame paints them, and that frame comes before the layout starts (together they were
      // one task of about 0.26 s for a group opened on 20,000 firms). A picture with every place
      // saved is fitted first, and its images are made there.
      if (hide) {
        this.warm();
        await nextTask();
        if (generation !== this.generation || this.destroyed) return null;
      }
      return false;
    }
    // Drawn from saved places with no layout to follow: groups whose boxes meet (firms that joined
    // a group made it grow, or a layout from before left them so) are moved apart, and the firms
    // that joined keep the place they were given from now on.
    const moved = new Set(joined);
    const move = (at: ReadonlyMap<string, { x: number; y: number }>) => {
      cy.batch(() => {
        for (const [id, p] of at) {
          cy.getElementById(id).position(p);
          moved.add(id);
        }
      });
    };
    // A group that closed gives back the room its opening took.
    for (const id of closed) move(placeClosed(drawnLeaves(cy), id, this.pinned));
    move(apart(cy, new Map(), this.pinned, SAVED_GAP));
    if (moved.size > 0)
      this.events.onPositions(
        [...moved].map((id) => ({
          id,
          ...cy.getElementById(id).position(),
          pinned: this.pinned.has(id),
        })),
        false,
      );
    return true;
  }

  /**
   * Hides the canvas while many elements change. Cytoscape redraws after every change; looking far
   * away at maximum zoom it culls every element (its whole-graph texture layers are skipped at that
   * zoom), so changes are styled and measured but nothing is drawn until `unhide`.
   */
  private hide(): void {
    const cy = this.cy;
    const box = this.frame;
    // Read by tests and the bench: the state line is drawn by React a moment after this.
    box.dataset['adding'] = 'true';
    box.style.visibility = 'hidden';
    // Hiding again before an unhide keeps the user's viewport, not the far-away one.
    this.hiddenFrom ??= { zoom: cy.zoom(), pan: { ...cy.pan() } };
    cy.viewport({ zoom: cy.maxZoom(), pan: { x: -1e9, y: -1e9 } });
  }

  /** Shows the canvas again. */
  private unhide(): void {
    const from = this.hiddenFrom;
    const box = this.frame;
    delete box.dataset['adding'];
    if (!from) return;
    this.hiddenFrom = null;
    this.cy.viewport(from);
    box.style.visibility = '';
  }

  fit(): void {
    const cy = this.cy;
    const leaves = cy.nodes(':childless');
    // Cytoscape's fit measures every element's bounds, labels included (about a second on 2,000
    // firms); a large view without group boxes is fitted from its firms' positions and sizes.
    const vp =
      leaves.length > ADD_CHUNK && cy.nodes(':parent').empty()
        ? fitViewport(
            leaves.map((n) => ({ ...n.position(), size: Number(n.data('size') ?? 30) })),
            cy.width(),
            cy.height(),
            30,
            { min: cy.minZoom(), max: cy.maxZoom() },
          )
        : null;
    if (vp) cy.viewport(vp);
    else cy.fit(undefined, 30);
    this.majors.apply(false);
    this.crowd.apply();
    this.titles.apply();
    this.warm();
  }

  /** Makes the images of what is in view before the next frame paints them (see warmTextures). */
  private warm(): void {
    if (this.hiddenFrom) return;
    this.imagesMade = warmTextures(this.cy);
  }

  /** The painted links with their ends' places (Cytoscape's edges are read from `cy`). */
  paintedLinks(): LayerLink[] {
    return this.links.read();
  }

  get laying(): boolean {
    return this.run !== null;
  }

  layout(algorithm: LayoutAlgorithm, randomize: boolean): void {
    this.cancel(false);
    const placing = ++this.placing;
    const nodes: LayoutNode[] = this.cy.nodes().map((n) => {
      const p = n.position();
      const size = Number(n.data('size') ?? 30);
      return {
        id: n.id(),
        parent: (n.data('parent') as string | undefined) ?? null,
        w: n.isParent() ? 0 : size,
        h: n.isParent() ? 0 : size + 14,
        x: p.x,
        y: p.y,
        fixed: this.pinned.has(n.id()),
      };
    });
    // The drawn links shape the layout; a dense view's minor links would pull it back into a ball.
    // (Cytoscape selectors have no :not(); the hover-only links are removed by class.)
    const drawn = this.cy.edges().not('.transient') as EdgeCollection;
    const edges = [
      ...drawn.map((e) => ({ source: e.source().id(), target: e.target().id() })),
      ...this.links.read().map(({ source, target }) => ({ source, target })),
    ];
    // A large view laid out from scratch shows nothing worth seeing until the layout ends (its firms
    // sit in a random ball), and Cytoscape would redraw thousands of them frame after frame meanwhile.
    if (randomize && nodes.length > ADD_CHUNK) this.hide();
    // Only a group that just opened needs places: it is laid out alone and put where it was.
    const scope = randomize ? null : openedScope(drawnLeaves(this.cy), this.fresh);
    const job = scope ? scopedJob({ nodes, edges }, scope) : { nodes, edges };
    const onPhase = (phase: LayoutPhase) => {
      this.events.onLayout({ phase });
    };
    // A few collapsed groups laid out from scratch are placed here at once, without a worker.
    const onlyGroups = this.cy.nodes().length === this.cy.nodes('.collapsed').length;
    const quick = randomize && algorithm === 'fcose' && onlyGroups ? smallLayout(job.nodes) : null;
    // Placed at once, it is no layout to report: the state line says nothing ("done in 0.0 s" read
    // as if something had failed to run).
    const run: LayoutRun = quick
      ? { result: Promise.resolve({ positions: quick, ms: -1 }), cancel: () => undefined }
      : startLayout({ algorithm, ...job, randomize: randomize || scope !== null }, onPhase);
    this.run = run;
    run.result.then(
      async ({ positions, ms }) => {
        if (this.run !== run) return;
        this.run = null;
        this.events.onLayout({ phase: 'placing' });
        const laid = new Map(positions.map((p) => [p.id, p]));
        const placedAt = scope ? placeOpened(drawnLeaves(this.cy), scope, laid, this.pinned) : laid;
        const at = apart(this.cy, placedAt, this.pinned);
        const leaves = this.cy.nodes(':childless');
        // A chunk of nodes per task (one batch each) while hidden: moving thousands at once was a
        // task of seconds (each move restyles and re-measures the node and its links).
        const step = this.hiddenFrom ? ADD_CHUNK : leaves.length;
        for (let i = 0; i < leaves.length; i += step) {
          if (i > 0) await nextTask();
          if (placing !== this.placing || this.destroyed) return;
          this.cy.batch(() => {
            leaves.slice(i, i + step).positions((n) => {
              const p = at.get(n.id());
              return p ? { x: p.x, y: p.y } : n.position();
            });
          });
        }
        this.unhide();
        this.fit();
        // New positions, possibly at the same zoom: the names are spaced again.
        this.majors.space();
        this.events.onLayout(ms < 0 ? { phase: 'placed' } : { phase: 'done', ms });
        this.events.onPositions(
          this.cy.nodes(':childless').map((n) => ({
            id: n.id(),
            ...n.position(),
            pinned: this.pinned.has(n.id()),
          })),
          randomize,
        );
      },
      (e: unknown) => {
        if (this.run !== run) return;
        this.run = null;
        if (this.hiddenFrom) {
          this.unhide();
          this.fit();
        }
        // The previous positions stay: nothing was applied.
        this.events.onLayout({
          phase: e instanceof Error && e.name === 'LayoutCancelled' ? 'cancelled' : 'failed',
        });
      },
    );
  }

  cancel(report = true): void {
    const run = this.run;
    if (!run) return;
    if (!report) this.run = null;
    run.cancel();
  }

  /** Selects and centres a node; false when it is not drawn. */
  focus(id: string): boolean {
    const n = this.cy.getElementById(id);
    if (n.empty()) return false;
    this.cy.$(':selected').unselect();
    n.select();
    this.cy.animate(
      { center: { eles: n }, zoom: Math.max(this.cy.zoom(), FOCUS_ZOOM) },
      { duration: 300 },
    );
    return true;
  }

  destroy(): void {
    this.destroyed = true;
    this.cancel(false);
    this.majors.detach();
    this.crowd.detach();
    this.titles.detach();
    this.links.destroy();
    const container = this.cy.container();
    container?.removeEventListener('dblclick', this.onDoubleClick);
    container?.removeEventListener('mouseleave', this.onLeave);
    this.cy.destroy();
    container?.remove();
  }
}
