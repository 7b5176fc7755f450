// The network picture as SVG: the drawn positions (what the user sees), a title and a legend. Text stays
// text so the file is editable in Illustrator, Inkscape or WPS; the PNG is this SVG rasterised.
import { NETWORK_COLORS } from './elements.js';

export type SvgNode = {
  x: number;
  y: number;
  size: number;
  label: string;
  kind: 'local' | 'outside' | 'collapsed';
  anchor: boolean;
  top500: boolean;
};
export type SvgBox = { x1: number; y1: number; x2: number; y2: number; label: string };
export type SvgEdge = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  dashed: boolean;
};
export type SvgWords = {
  title: string;
  subtitle: string;
  legend: [string, string, string, string];
};

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number): string => String(Math.round(v * 10) / 10);

const FONT = `font-family="'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif"`;

function nodeSvg(d: SvgNode): string {
  const r = d.size / 2;
  const fill =
    d.kind === 'local' ? NETWORK_COLORS.local : d.kind === 'outside' ? '#fff7e6' : '#e6f4ff';
  const stroke = d.anchor
    ? NETWORK_COLORS.anchor
    : d.kind === 'outside'
      ? NETWORK_COLORS.outside
      : '#0958d9';
  const dash = d.kind === 'outside' ? ' stroke-dasharray="4 3"' : '';
  const sw = d.anchor ? 4 : 2;
  const shape = d.top500
    ? `<polygon points="${n(d.x)},${n(d.y - r)} ${n(d.x + r)},${n(d.y)} ${n(d.x)},${n(d.y + r)} ${n(d.x - r)},${n(d.y)}"`
    : `<circle cx="${n(d.x)}" cy="${n(d.y)}" r="${n(r)}"`;
  const label =
    d.kind === 'collapsed'
      ? `<text x="${n(d.x)}" y="${n(d.y + 4)}" font-size="13" font-weight="bold" text-anchor="middle">${esc(d.label)}</text>`
      : `<text x="${n(d.x)}" y="${n(d.y + r + 12)}" font-size="10" text-anchor="middle">${esc(d.label)}</text>`;
  return `${shape} fill="${fill}" stroke="${stroke}" stroke-width="${String(sw)}"${dash}/>${label}`;
}

export function networkSvg(
  nodes: readonly SvgNode[],
  boxes: readonly SvgBox[],
  edges: readonly SvgEdge[],
  words: SvgWords,
): { svg: string; width: number; height: number } {
  const xs = [
    ...nodes.flatMap((d) => [d.x - d.size, d.x + d.size]),
    ...boxes.flatMap((b) => [b.x1, b.x2]),
  ];
  const ys = [
    ...nodes.flatMap((d) => [d.y - d.size, d.y + d.size + 14]),
    ...boxes.flatMap((b) => [b.y1 - 18, b.y2]),
  ];
  const minX = Math.min(0, ...xs);
  const minY = Math.min(0, ...ys);
  const graphW = Math.max(400, Math.max(0, ...xs) - minX);
  const graphH = Math.max(200, Math.max(0, ...ys) - minY);
  const pad = 30;
  const head = 70;
  const width = Math.ceil(graphW + pad * 2);
  const height = Math.ceil(graphH + head + pad * 2 + 30);
  const dx = pad - minX;
  const dy = head + pad - minY;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${String(pad)}" y="34" font-size="22" font-weight="bold">${esc(words.title)}</text>`,
    `<text x="${String(pad)}" y="58" font-size="13" fill="#595959">${esc(words.subtitle)}</text>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${NETWORK_COLORS.edge}"/></marker></defs>`,
    `<g transform="translate(${n(dx)},${n(dy)})">`,
  ];
  for (const b of boxes)
    out.push(
      `<rect x="${n(b.x1)}" y="${n(b.y1)}" width="${n(b.x2 - b.x1)}" height="${n(b.y2 - b.y1)}" rx="8" fill="${NETWORK_COLORS.group}" stroke="#8c8c8c"/>`,
      `<text x="${n((b.x1 + b.x2) / 2)}" y="${n(b.y1 - 5)}" font-size="14" font-weight="bold" text-anchor="middle">${esc(b.label)}</text>`,
    );
  for (const e of edges)
    out.push(
      `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${NETWORK_COLORS.edge}" stroke-opacity="0.6" stroke-width="${n(e.width)}"${e.dashed ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#arrow)"/>`,
    );
  for (const d of nodes) out.push(nodeSvg(d));
  out.push('</g>');
  const ly = height - 18;
  const legend: [SvgNode['kind'], boolean, boolean][] = [
    ['local', false, false],
    ['outside', false, false],
    ['local', true, false],
    ['outside', false, true],
  ];
  legend.forEach(([kind, anchor, top500], i) => {
    const x = pad + i * 130;
    out.push(
      nodeSvg({ x: x + 8, y: ly - 4, size: 14, label: '', kind, anchor, top500 }),
      `<text x="${String(x + 22)}" y="${String(ly)}" font-size="12">${esc(words.legend[i] ?? '')}</text>`,
    );
  });
  out.push('</svg>');
  return { svg: out.join('\n'), width, height };
}
