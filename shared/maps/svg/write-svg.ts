// Writes a map scene (../types.ts) as one standalone SVG document: text stays <text> (editable in
// Illustrator, Inkscape or WPS), colours come from ../styles.ts, and each layer is a named group.
// The PNG export rasterises this same document, so the file and the picture never differ.
import { BOX_STYLES, EDGE_STYLES, FONT_FAMILY, TEXT_STYLES } from '../styles.js';
import type {
  EdgeItem,
  LegendSlot,
  MapScene,
  Rect,
  SceneItem,
  SceneRect,
  SceneText,
  TextSlot,
} from '../types.js';
import { escapeXml, num } from './escape.js';

export type SvgOptions = {
  /** Font stack for every text; the PNG export puts the embedded CJK face first. */
  fontFamily?: string;
  /** Output size = model size × scale (the viewBox stays in model pixels). Default 1. */
  scale?: number;
  /** Only this part of the scene (model pixels), e.g. one printed page's band of a tall map. */
  viewBox?: Rect;
};

const dashAttr = (dash: readonly number[] | null): string =>
  dash && dash.length > 0 ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : '';

export function rectSvg(r: SceneRect): string {
  const p = BOX_STYLES[r.style];
  const stroke =
    p.strokeWidth > 0 && p.stroke !== 'none'
      ? ` stroke="${p.stroke}" stroke-width="${num(p.strokeWidth)}"${dashAttr(p.dash)}`
      : '';
  const radius = r.radius > 0 ? ` rx="${num(r.radius)}"` : '';
  return `<rect x="${num(r.x)}" y="${num(r.y)}" width="${num(Math.max(0, r.width))}" height="${num(Math.max(0, r.height))}"${radius} fill="${p.fill}"${stroke}/>`;
}

export function textSvg(t: SceneText): string {
  if (t.text.length === 0) return '';
  const weight = t.weight === 700 ? ' font-weight="700"' : '';
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  return `<text x="${num(t.x)}" y="${num(t.y)}" font-size="${num(t.size)}"${weight}${anchor} fill="${TEXT_STYLES[t.style].fill}">${escapeXml(t.text)}</text>`;
}

const itemSvg = (item: SceneItem): string =>
  [rectSvg(item.frame), ...item.decor.map(rectSvg), ...item.texts.map(textSvg)].join('');

const group = (id: string, parts: readonly string[]): string =>
  parts.length === 0 ? '' : `<g id="${id}">${parts.join('\n')}</g>\n`;

/** The arrowhead as its own triangle (markers scale with stroke width and differ between editors). */
function arrowHead(e: EdgeItem, stroke: string, opacity: number): string {
  const [, , c2, end] = e.curve;
  let dx = end.x - c2.x;
  let dy = end.y - c2.y;
  const len = Math.hypot(dx, dy) || 1;
  dx /= len;
  dy /= len;
  const size = 6 + e.width * 1.2;
  const bx = end.x - dx * size;
  const by = end.y - dy * size;
  const half = size * 0.5;
  const pts = [
    [end.x, end.y],
    [bx - dy * half, by + dx * half],
    [bx + dy * half, by - dx * half],
  ]
    .map(([x, y]) => `${num(x ?? 0)},${num(y ?? 0)}`)
    .join(' ');
  return `<polygon points="${pts}" fill="${stroke}" fill-opacity="${num(opacity)}"/>`;
}

export function edgeSvg(e: EdgeItem): string {
  const p = EDGE_STYLES[e.style];
  const [a, b, c, d] = e.curve;
  const path = `<path d="M${num(a.x)} ${num(a.y)}C${num(b.x)} ${num(b.y)} ${num(c.x)} ${num(c.y)} ${num(d.x)} ${num(d.y)}" fill="none" stroke="${p.stroke}" stroke-width="${num(e.width)}" stroke-opacity="${num(p.opacity)}"${dashAttr(p.dash)}/>`;
  return (
    path + (e.arrow ? arrowHead(e, p.stroke, p.opacity) : '') + (e.label ? textSvg(e.label) : '')
  );
}

function legendSvg(legend: LegendSlot): string {
  const items = legend.items.map((item) => {
    if (item.kind === 'box') return rectSvg(item.swatch) + textSvg(item.text);
    const p = EDGE_STYLES[item.style];
    return (
      `<line x1="${num(item.from.x)}" y1="${num(item.from.y)}" x2="${num(item.to.x)}" y2="${num(item.to.y)}" stroke="${p.stroke}" stroke-width="${num(item.width)}" stroke-opacity="${num(p.opacity)}"${dashAttr(p.dash)}/>` +
      textSvg(item.text)
    );
  });
  return items.length === 0 ? '' : group('legend', [rectSvg(legend.frame), ...items]);
}

const slotSvg = (id: string, slot: TextSlot): string => group(id, slot.texts.map(textSvg));

/** The scene's title line (for the document's <title>). */
const titleOf = (scene: MapScene): string => scene.title.texts[0]?.text ?? 'ChainAtlas';

export function sceneToSvg(scene: MapScene, options: SvgOptions = {}): string {
  const scale = options.scale ?? 1;
  const font = options.fontFamily ?? FONT_FAMILY;
  const box = options.viewBox ?? { x: 0, y: 0, width: scene.width, height: scene.height };
  const head =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(box.width * scale)}" height="${num(box.height * scale)}" viewBox="${[box.x, box.y, box.width, box.height].map(num).join(' ')}" font-family="${escapeXml(font)}">\n` +
    `<title>${escapeXml(titleOf(scene))}</title>\n`;
  const body = [
    rectSvg(scene.background) + '\n',
    group('bands', scene.bands.map(itemSvg)),
    group('lanes', scene.lanes.map(itemSvg)),
    group('segments', scene.segments.map(itemSvg)),
    group('edges', scene.edges.map(edgeSvg)),
    group('chips', scene.chips.map(itemSvg)),
    group('tiles', scene.tiles.map(itemSvg)),
    slotSvg('title', scene.title),
    legendSvg(scene.legend),
    slotSvg('note', scene.note),
  ].join('');
  return `${head}${body}</svg>\n`;
}
