// Which of a large view's permanent names can be drawn without covering one another: where the
// biggest firms sit close together their names pile up into an unreadable block, so a name is left
// out while a bigger firm's name already takes its place; zooming in gives the space back.

/** A name's box in graph units, centred on x, its top at y. */
export type LabelBox = { id: string; x: number; top: number; w: number; h: number };

/** Width of a text in ems: a CJK character takes a full em, a Latin letter or digit about 0.6. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.6;
  return ems;
}

/**
 * The box a firm's name takes, drawn under its circle (`size` wide) at `fontSize` (graph units),
 * with the text background's padding and the style's margin.
 */
export function labelBox(
  id: string,
  at: { x: number; y: number },
  size: number,
  name: string,
  fontSize: number,
): LabelBox {
  const pad = fontSize * 0.3;
  return {
    id,
    x: at.x,
    top: at.y + size / 2,
    w: textEms(name) * fontSize + 2 * pad,
    h: fontSize * 1.2 + 2 * pad,
  };
}

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w && a.top < b.top + b.h && b.top < a.top + a.h;

/** The names kept, biggest firm first (`boxes` in that order): each one that covers none kept before. */
export function spacedLabels(boxes: readonly LabelBox[]): Set<string> {
  const kept: LabelBox[] = [];
  for (const b of boxes) if (!kept.some((k) => overlaps(k, b))) kept.push(b);
  return new Set(kept.map((k) => k.id));
}
