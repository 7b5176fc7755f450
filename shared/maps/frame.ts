// The parts every picture shares: the title block, the legend (state colours with their badges, chip
// kinds, flow styles) and the note line, laid out for a given picture width.
import { baseline, G, rect, text } from './geometry.js';
import type { MapWords } from './labels.js';
import { textWidth } from './measure.js';
import { DISPLAY_ORDER } from './styles.js';
import type {
  BoxStyle,
  EdgeStyle,
  LegendItem,
  LegendSlot,
  SceneCaption,
  TextSlot,
} from './types.js';

export function titleSlot(caption: SceneCaption, width: number): TextSlot {
  const texts = [text(G.margin, 34, caption.title, { size: 22, style: 'title', weight: 700 })];
  if (caption.subtitle)
    texts.push(text(G.margin, 56, caption.subtitle, { size: 13, style: 'subtitle' }));
  return { frame: { x: 0, y: 0, width, height: G.titleHeight }, texts };
}

type Entry =
  | { kind: 'box'; style: BoxStyle; label: string; badge?: string }
  | { kind: 'edge'; style: EdgeStyle; label: string };

function entries(words: MapWords, edges: boolean, statesOnly: boolean): Entry[] {
  const l = words.legend;
  const list: Entry[] = DISPLAY_ORDER.map((s) => ({
    kind: 'box',
    style: `seg-${s}`,
    label: words.stateText(s),
    badge: s,
  }));
  if (statesOnly) return list;
  list.push(
    { kind: 'box', style: 'key-outline', label: l.key },
    { kind: 'box', style: 'chip-local', label: l.local },
    { kind: 'box', style: 'chip-outside', label: l.outside },
    { kind: 'box', style: 'chip-anchor', label: l.anchor },
    { kind: 'box', style: 'chip-shared-mark', label: l.shared },
    { kind: 'box', style: 'chip-target', label: l.target },
  );
  if (edges)
    list.push(
      { kind: 'edge', style: 'flow-local', label: l.flowLocal },
      { kind: 'edge', style: 'flow-outside', label: l.flowOutside },
    );
  return list;
}

/** Legend rows wrapped to `width`, starting at `top`. */
export function legendSlot(
  words: MapWords,
  top: number,
  width: number,
  edges: boolean,
  statesOnly = false,
): LegendSlot {
  const items: LegendItem[] = [];
  const inner = width - 2 * G.margin;
  let x = G.margin + 10;
  let y = top + 8;
  for (const e of entries(words, edges, statesOnly)) {
    const swatch = e.kind === 'edge' ? 34 : 26;
    const w = swatch + 6 + textWidth(e.label, 12) + 18;
    if (x + w > G.margin + inner && x > G.margin + 10) {
      x = G.margin + 10;
      y += G.legendRow;
    }
    const t = text(x + swatch + 6, baseline(y, G.legendRow, 12), e.label, {
      size: 12,
      style: 'legend',
    });
    const mid = y + G.legendRow / 2;
    if (e.kind === 'edge') {
      items.push({
        kind: 'edge',
        from: { x, y: mid },
        to: { x: x + swatch, y: mid },
        style: e.style,
        width: 3,
        text: t,
      });
    } else {
      items.push({ kind: 'box', swatch: rect(x, mid - 8, swatch, 16, e.style, 3), text: t });
    }
    x += w;
  }
  const height = y + G.legendRow + 8 - top;
  return { frame: rect(G.margin, top, inner, height, 'legend', 6), items };
}

export function noteSlot(lines: readonly string[], top: number, width: number): TextSlot {
  return {
    frame: { x: 0, y: top, width, height: G.noteHeight * Math.max(1, lines.length) },
    texts: lines.map((line, i) =>
      text(G.margin, baseline(top + i * G.noteHeight, G.noteHeight, 12), line, {
        size: 12,
        style: 'note',
      }),
    ),
  };
}
