// The reference for the map benchmark: the chain drawn as the previous chain map did, Cytoscape
// with every firm as a node inside its segment's compound node and every supply link as a bezier
// edge with an arrowhead, preset positions. Timed in the same Chromium the same way as ours.
import { chromium } from '@playwright/test';

import { gestureFrames, PROBE, type Case } from './browser-probe.js';

type Ref = {
  appear: number;
  longest: number;
  fitted: number;
  zoomed: number;
  elements: number;
  size: string;
};

function elements(c: Case): object[] {
  const segs = c.data.segments.filter((s) => s.chainId === c.chainId);
  const segIds = new Set(segs.map((s) => s.id));
  const home = new Map<number, number>();
  for (const m of c.data.mappings)
    if (segIds.has(m.segmentId) && !home.has(m.enterpriseId)) home.set(m.enterpriseId, m.segmentId);
  const names = new Map(c.data.enterprises.map((e) => [e.id, e.name]));
  const out: object[] = [];
  const stages = ['upstream', 'midstream', 'downstream'];
  const columnY = new Map<string, number>();
  for (const s of segs)
    out.push({ group: 'nodes', data: { id: `s${String(s.id)}`, label: s.name } });
  const bySeg = new Map<number, number[]>();
  for (const [firm, seg] of home) bySeg.set(seg, [...(bySeg.get(seg) ?? []), firm]);
  for (const s of segs) {
    const firms = bySeg.get(s.id) ?? [];
    const cols = Math.max(1, Math.ceil(Math.sqrt(firms.length / 3)));
    const x0 = stages.indexOf(s.stage) * 3000 + (columnY.has(`${s.stage}x`) ? 0 : 0);
    const y0 = columnY.get(s.stage) ?? 0;
    firms.forEach((f, i) => {
      out.push({
        group: 'nodes',
        data: { id: `f${String(f)}`, parent: `s${String(s.id)}`, label: names.get(f) ?? '' },
        position: { x: x0 + (i % cols) * 180, y: y0 + Math.floor(i / cols) * 50 },
      });
    });
    columnY.set(s.stage, y0 + Math.ceil(firms.length / cols) * 50 + 120);
  }
  for (const l of c.data.links) {
    if (!home.has(l.supplierId) || !home.has(l.buyerId) || l.supplierId === l.buyerId) continue;
    out.push({
      group: 'edges',
      data: {
        id: `l${String(l.id)}`,
        source: `f${String(l.supplierId)}`,
        target: `f${String(l.buyerId)}`,
      },
    });
  }
  return out;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      width: 160,
      height: 34,
      shape: 'round-rectangle',
      'text-valign': 'center',
      'text-wrap': 'ellipsis',
      'text-max-width': '150px',
    },
  },
  { selector: ':parent', style: { 'text-valign': 'top', 'background-opacity': 0.05 } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': '#8c8c8c',
      'target-arrow-color': '#8c8c8c',
    },
  },
];

export async function cytoscapeReference(
  c: Case,
  cytoscapeFile: string,
  args: string[],
): Promise<Ref> {
  const els = elements(c);
  const size = `${String(c.data.enterprises.length)} firms / ${String(c.data.links.length)} links`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.setContent(
      '<div id="cy" style="position:absolute;left:200px;top:100px;right:0;bottom:0"></div>',
    );
    await page.addScriptTag({ path: cytoscapeFile });
    // A page set from a string runs no init scripts: install the probe directly.
    await page.evaluate(PROBE);
    await page.evaluate(
      `window.__els = ${JSON.stringify(els)}; window.__style = ${JSON.stringify(STYLE)};`,
    );
    const appear = await page.evaluate<number>(`new Promise((resolve) => {
      const t0 = performance.now();
      window.__t0 = t0;
      window.cy = cytoscape({ container: document.getElementById('cy'), elements: window.__els, style: window.__style, layout: { name: 'preset', fit: true, padding: 24 }, autoungrabify: true, boxSelectionEnabled: false });
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    })`);
    await page.waitForTimeout(1000);
    const longest = await page.evaluate<number>(
      'Math.max(0, ...window.__longTasks.filter((t) => t.start >= window.__t0).map((t) => t.ms))',
    );
    const fitted = await gestureFrames(page, '#cy');
    await page.evaluate(
      'window.cy.zoom({ level: Math.min(1, window.cy.zoom() * 8), renderedPosition: { x: 620, y: 400 } })',
    );
    await page.waitForTimeout(500);
    const zoomed = await gestureFrames(page, '#cy');
    return { appear, longest, fitted, zoomed, elements: els.length, size };
  } finally {
    await browser.close();
  }
}
