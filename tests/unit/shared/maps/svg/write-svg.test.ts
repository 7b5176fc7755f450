// The SVG writer: users' firm names stay text (never markup), Chinese stays readable <text>, styles
// reach the file, and the document is one that a strict XML reader (resvg) accepts.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';

import { rect, text } from '../../../../../shared/maps/geometry.js';
import { escapeXml, num } from '../../../../../shared/maps/svg/escape.js';
import { sceneToSvg } from '../../../../../shared/maps/svg/write-svg.js';
import type { ChipItem, MapScene, SegmentItem } from '../../../../../shared/maps/types.js';

const label = (x: number, y: number, value: string) =>
  text(x, y, value, { size: 12, style: 'chip' });

function segment(name: string): SegmentItem {
  return {
    id: 'seg:1',
    frame: rect(20, 80, 260, 200, 'seg-missing', 6),
    decor: [rect(220, 86, 50, 20, 'badge-missing', 3)],
    texts: [label(30, 100, name), label(225, 100, '缺链')],
    segmentId: 1,
    chainId: 1,
    parentId: null,
    depth: 0,
    stage: 'upstream',
    name,
    state: 'missing',
    display: 'missing',
    isKey: false,
    isLeaf: true,
    outsideOnly: true,
    localCount: 0,
    outsideCount: 2,
    hiddenCount: 0,
    expandable: false,
    expanded: false,
  };
}

function chip(id: number, name: string, isLocal: boolean): ChipItem {
  return {
    id: `chip:${String(id)}`,
    frame: rect(30, 110 + id * 34, 150, 28, isLocal ? 'chip-local' : 'chip-outside'),
    decor: [],
    texts: [label(36, 128 + id * 34, name)],
    kind: 'firm',
    enterpriseId: id,
    segmentId: 1,
    chainId: 1,
    name,
    isLocal,
    isAnchor: false,
    isShared: false,
  };
}

function scene(names: string[]): MapScene {
  return {
    kind: 'chain',
    width: 600,
    height: 400,
    background: rect(0, 0, 600, 400, 'background', 0),
    title: {
      frame: { x: 0, y: 0, width: 600, height: 64 },
      texts: [text(24, 34, '工程机械 产业链图谱', { size: 22, style: 'title', weight: 700 })],
    },
    legend: {
      frame: rect(24, 330, 552, 30, 'legend'),
      items: [
        { kind: 'box', swatch: rect(34, 337, 26, 16, 'seg-broken'), text: label(66, 350, '断链') },
      ],
    },
    note: {
      frame: { x: 0, y: 370, width: 600, height: 28 },
      texts: [text(24, 390, '26 家企业 · 28 条供应关系', { size: 12, style: 'note' })],
    },
    bands: [],
    lanes: [],
    segments: [segment('液压泵')],
    edges: [
      {
        id: 'flow:1',
        kind: 'flow',
        from: 'seg:1',
        to: 'seg:2',
        curve: [
          { x: 280, y: 150 },
          { x: 350, y: 150 },
          { x: 350, y: 200 },
          { x: 420, y: 200 },
        ],
        width: 4,
        style: 'flow-outside',
        arrow: true,
        count: 3,
        amount: null,
        label: text(350, 170, '3 条', { size: 11, style: 'flow-label' }),
      },
    ],
    chips: names.map((n, i) => chip(i + 1, n, i === 0)),
    tiles: [],
    stats: { segments: 1, firms: names.length, links: 3, chips: names.length, edges: 1 },
  };
}

describe('sceneToSvg', () => {
  it('keeps a firm named <script> or with & as text, not markup', () => {
    const svg = sceneToSvg(scene(['<script>alert(1)</script>', 'A & B "甲" \'乙\'']));
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</text>');
    expect(svg).toContain('>A &amp; B &quot;甲&quot; &#39;乙&#39;</text>');
    // every ampersand in the file starts an entity
    expect(svg.match(/&(?!(amp|lt|gt|quot|#39);)/g)).toBeNull();
  });

  it('writes Chinese names as <text> elements, in draw order', () => {
    const svg = sceneToSvg(scene(['济宁泰丰液压泵', '江苏恒立液压']));
    expect(svg).toContain('>济宁泰丰液压泵</text>');
    expect(svg).toContain('>工程机械 产业链图谱</text>');
    expect(svg).toContain('<title>工程机械 产业链图谱</title>');
    const order = [
      'id="segments"',
      'id="edges"',
      'id="chips"',
      'id="title"',
      'id="legend"',
      'id="note"',
    ];
    const at = order.map((g) => svg.indexOf(g));
    expect(at.every((v) => v > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('carries the styles: outside firms and outside flows dashed, bold title, arrowheads', () => {
    const svg = sceneToSvg(scene(['本地', '外地']));
    const outsideChip = svg.split('\n').find((l) => l.includes('>外地</text>')) ?? '';
    expect(outsideChip).toMatch(/stroke-dasharray="4 3"/);
    const localChip = svg.split('\n').find((l) => l.includes('>本地</text>')) ?? '';
    expect(localChip).not.toMatch(/stroke-dasharray/);
    expect(svg).toMatch(/<path d="M280 150C350 150 350 200 420 200"[^>]*stroke-dasharray="8 5"/);
    expect(svg).toMatch(/<polygon points="420,200 /);
    expect(svg).toMatch(/font-size="22" font-weight="700"[^>]*>工程机械/);
  });

  it('scales the output size but keeps the model viewBox', () => {
    const svg = sceneToSvg(scene(['甲']), {
      scale: 2,
      fontFamily: "'Noto Sans CJK SC', sans-serif",
    });
    expect(svg).toContain('width="1200" height="800" viewBox="0 0 600 400"');
    expect(svg).toContain('font-family="&#39;Noto Sans CJK SC&#39;, sans-serif"');
  });

  it('drops characters XML cannot hold, so a strict reader still opens the file', () => {
    const svg = sceneToSvg(scene(['控制\u0001字符\u0008', '孤\ud800立']));
    expect(svg).toContain('>控制字符</text>');
    expect(svg).toContain('>孤\ufffd立</text>');
    const r = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect(r.width).toBe(600);
  });
});

describe('escape helpers', () => {
  it('escapes the five XML specials and keeps everything else', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(escapeXml('产业链 ★')).toBe('产业链 ★');
  });
  it('rounds numbers to hundredths without -0', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(12000)).toBe('12000');
  });
});
