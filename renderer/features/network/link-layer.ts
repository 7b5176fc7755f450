// A dense view's drawn links, painted on a canvas under Cytoscape's. As Cytoscape edges, chain 38's
// 2,024 backbone links took about 0.7 s of a reload to add, style, measure and draw the first time;
// here they are a few strokes per frame. They are not clickable anyway: a hovered firm's links are
// added to Cytoscape for the moment it is hovered, and highlighted there.
import type { Core, NodeSingular } from 'cytoscape';

import type { ElementDef } from '../../../shared/network/elements.js';
import {
  LINK_DASH,
  linkPaint,
  midArrow,
  type LinkPaint,
} from '../../../shared/network/link-paint.js';
import type { SvgEdge } from '../../../shared/network/svg.js';

type Painted = LinkPaint & { def: ElementDef; source: NodeSingular; target: NodeSingular };

/** A link as the exporter (its ends' places and its look) and the layout (its ends) read it. */
export type LayerLink = SvgEdge & { source: string; target: string };

export class LinkLayer {
  private readonly canvas: HTMLCanvasElement;
  private links: Painted[] = [];
  /** The links by look (colour, width, dash), each look one path: a stroke per link was slow. */
  private looks: Painted[][] = [];
  private pending = 0;
  private readonly request = (): void => {
    if (this.pending === 0 && this.links.length > 0) this.schedule(1);
  };

  /** Puts the canvas first in `frame`, under Cytoscape's box (its canvases are transparent). */
  constructor(
    private readonly cy: Core,
    frame: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none';
    this.canvas.dataset['testid'] = 'network-links';
    frame.insertBefore(this.canvas, frame.firstChild);
    cy.on('viewport resize', this.request);
    cy.on('position', 'node', this.request);
  }

  get count(): number {
    return this.links.length;
  }

  /** Links whose ends are drawn; the others (their firm is not in this picture) are left out. */
  set(defs: readonly ElementDef[]): void {
    this.links = [];
    for (const def of defs) {
      const source = this.cy.getElementById(String(def.data['source']));
      const target = this.cy.getElementById(String(def.data['target']));
      if (source.empty() || target.empty() || source.same(target)) continue;
      this.links.push({ ...linkPaint(def), def, source, target });
    }
    const byLook = new Map<string, Painted[]>();
    for (const l of this.links) {
      const key = `${l.color}|${String(l.width)}|${l.dashed ? 'd' : 's'}`;
      const look = byLook.get(key);
      if (look) look.push(l);
      else byLook.set(key, [l]);
    }
    this.looks = [...byLook.values()];
    if (this.pending !== 0) cancelAnimationFrame(this.pending);
    this.pending = 0;
    if (this.links.length === 0) {
      this.wipe();
      return;
    }
    // First painted a frame after the picture it belongs to: the firms' first frame is the slow one
    // (their images painted, the canvas rasterised in software), and the links with it made one
    // task of about 0.3-0.4 s on chain 38. Later changes (pan, zoom, drag) are painted in their frame.
    this.schedule(2);
  }

  /** Paints `frames` frames from now (one: the next). */
  private schedule(frames: number): void {
    this.pending = requestAnimationFrame(() => {
      if (frames > 1) this.schedule(frames - 1);
      else {
        this.pending = 0;
        this.draw();
      }
    });
  }

  /** The definitions of the links at `nodeId`, to add to Cytoscape while it is hovered. */
  defsAt(nodeId: string): ElementDef[] {
    return this.links
      .filter((l) => l.source.id() === nodeId || l.target.id() === nodeId)
      .map((l) => l.def);
  }

  /** Every link with its ends' current places. */
  read(): LayerLink[] {
    return this.links.map((l) => {
      const a = l.source.position();
      const b = l.target.position();
      return {
        source: l.source.id(),
        target: l.target.id(),
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        width: l.width,
        dashed: l.dashed,
      };
    });
  }

  /** Faded with the rest of the picture while a firm's neighbourhood is lit up. */
  fade(on: boolean): void {
    this.canvas.style.opacity = on ? '0.12' : '';
  }

  private wipe(): void {
    this.canvas.getContext('2d')?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  private draw(): void {
    const cy = this.cy;
    const canvas = this.canvas;
    const w = Math.max(1, Math.round(cy.width()));
    const h = Math.max(1, Math.round(cy.height()));
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${String(w)}px`;
      canvas.style.height = `${String(h)}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const zoom = cy.zoom();
    const pan = cy.pan();
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    for (const list of this.looks) {
      const first = list[0];
      if (!first) continue;
      ctx.beginPath();
      const arrows = new Path2D();
      for (const l of list) {
        const a = l.source.position();
        const b = l.target.position();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        const tri = midArrow(a.x, a.y, b.x, b.y, l.width);
        if (!tri) continue;
        arrows.moveTo(tri[0], tri[1]);
        arrows.lineTo(tri[2], tri[3]);
        arrows.lineTo(tri[4], tri[5]);
        arrows.closePath();
      }
      ctx.strokeStyle = first.color;
      ctx.fillStyle = first.color;
      ctx.lineWidth = first.width;
      ctx.setLineDash(first.dashed ? [...LINK_DASH] : []);
      ctx.stroke();
      ctx.fill(arrows);
    }
  }

  destroy(): void {
    if (this.pending !== 0) cancelAnimationFrame(this.pending);
    this.cy.off('viewport resize', this.request);
    this.cy.off('position', 'node', this.request);
    this.canvas.remove();
  }
}
