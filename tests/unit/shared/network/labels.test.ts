// Which firms of a large network are named at every zoom: the biggest by revenue where it is known,
// then by links; none singled out in a small view; the name's size keeps it readable zoomed out.
import { describe, expect, it } from 'vitest';

import {
  CROWD_NAMES_FROM_ZOOM,
  GROUP_TITLE_PX,
  groupTitleStyle,
  LABEL_ALL_UP_TO,
  namedInView,
  PERMANENT_LABEL_PX,
  permanentLabels,
  permanentLabelSize,
} from '../../../../shared/network/labels.js';

type F = { id: string; name: string; revenue: number | null; degree: number };
const firm = (i: number, revenue: number | null, degree: number): F => ({
  id: `f:${String(i)}`,
  name: `企业${String(i).padStart(4, '0')}`,
  revenue,
  degree,
});

/** 300 firms without a revenue, links 1…300 (firm i has i links). */
const byLinks = (n = 300): F[] => Array.from({ length: n }, (_, i) => firm(i + 1, null, i + 1));

describe('permanentLabels', () => {
  it('names the 40 firms with most links when no revenue is known', () => {
    const got = permanentLabels(byLinks());
    expect(got.size).toBe(40);
    for (let i = 261; i <= 300; i++) expect(got.has(`f:${String(i)}`)).toBe(true);
    expect(got.has('f:260')).toBe(false);
  });

  it('puts firms with a known revenue first, largest first, then fills up by links', () => {
    const firms = byLinks();
    // Three small-link firms with a revenue: named although others have far more links.
    firms[0] = firm(1, 50_000, 1);
    firms[1] = firm(2, 800, 2);
    firms[2] = firm(3, 120_000, 3);
    const got = permanentLabels(firms);
    expect(got.size).toBe(40);
    expect([got.has('f:1'), got.has('f:2'), got.has('f:3')]).toEqual([true, true, true]);
    // The other 37 are the firms with most links.
    for (let i = 264; i <= 300; i++) expect(got.has(`f:${String(i)}`)).toBe(true);
    expect(got.has('f:263')).toBe(false);
    // By revenue among themselves: with room for two, the two largest revenues win.
    const two = permanentLabels(firms, 2);
    expect([...two].sort()).toEqual(['f:1', 'f:3']);
  });

  it('breaks ties the same way every time (links, then name), whatever the input order', () => {
    const tied = Array.from({ length: 200 }, (_, i) => firm(i + 1, null, 5));
    const a = permanentLabels(tied);
    const b = permanentLabels([...tied].reverse());
    expect([...a].sort()).toEqual([...b].sort());
    expect(a.has('f:1') && a.has('f:40') && !a.has('f:41')).toBe(true);
  });

  it('singles out none in a small view, where every firm is labelled alike', () => {
    expect(permanentLabels(byLinks(LABEL_ALL_UP_TO)).size).toBe(0);
    expect(permanentLabels(byLinks(LABEL_ALL_UP_TO + 1)).size).toBe(40);
  });
});

describe('permanentLabelSize', () => {
  it('draws the name at the same screen size zoomed out, never smaller than the others zoomed in', () => {
    for (const zoom of [0.05, 0.1, 0.3, 0.8])
      expect(permanentLabelSize(zoom) * zoom).toBeCloseTo(PERMANENT_LABEL_PX, 0);
    expect(permanentLabelSize(2)).toBe(11);
    expect(permanentLabelSize(4, 14)).toBe(14);
  });
});

describe('namedInView', () => {
  const extent = { x1: 0, y1: 0, x2: 1000, y2: 600 };
  it('names nothing below the zoom that draws a crowd name readably', () => {
    expect(namedInView({ x: 500, y: 300 }, extent, CROWD_NAMES_FROM_ZOOM - 0.01)).toBe(false);
    expect(namedInView({ x: 500, y: 300 }, extent, CROWD_NAMES_FROM_ZOOM)).toBe(true);
  });
  it('names the firms in view and half a view beyond each edge, not further', () => {
    const z = 2;
    expect(namedInView({ x: -499, y: 300 }, extent, z)).toBe(true);
    expect(namedInView({ x: -501, y: 300 }, extent, z)).toBe(false);
    expect(namedInView({ x: 500, y: 899 }, extent, z)).toBe(true);
    expect(namedInView({ x: 500, y: 901 }, extent, z)).toBe(false);
  });
});

describe('groupTitleStyle', () => {
  it('keeps a group’s name at least 12 px on screen however far the view is zoomed out', () => {
    for (const zoom of [0.05, 0.1, 0.3, 1, 2]) {
      for (const kind of ['open', 'collapsed', 'rest'] as const) {
        const { fontSize } = groupTitleStyle({ kind, titleSize: 18 }, zoom);
        expect(fontSize * zoom).toBeGreaterThanOrEqual(GROUP_TITLE_PX - 0.05);
      }
    }
  });
  it('keeps the sizes of the stylesheet when zoomed in, and a big group’s bigger title', () => {
    expect(groupTitleStyle({ kind: 'collapsed', titleSize: 40 }, 1)).toEqual({
      fontSize: 16,
      wrap: 160,
    });
    expect(groupTitleStyle({ kind: 'open', titleSize: 60 }, 0.5)).toEqual({
      fontSize: 60,
      wrap: null,
    });
    expect(groupTitleStyle({ kind: 'rest', titleSize: 30 }, 1)).toEqual({
      fontSize: 30,
      wrap: 480,
    });
  });
  it('widens a collapsed group’s wrap with its font, so its name keeps its lines', () => {
    const { fontSize, wrap } = groupTitleStyle({ kind: 'collapsed', titleSize: 0 }, 0.1);
    expect(fontSize).toBe(120);
    expect(wrap).toBe(1200);
  });
});
