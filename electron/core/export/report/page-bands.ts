// Splits a tall map into page-high bands for print, so the map is printed at the page's full width
// (readable text) instead of shrunk onto one page. Each cut goes through empty space where it can:
// never through a text line or a firm chip.
import type { MapScene, Rect } from '../../../../shared/maps/types.js';

/** Horizontal intervals [top, bottom] that a cut must not cross. */
function blocked(scene: MapScene): [number, number][] {
  const spans: [number, number][] = [];
  for (const c of scene.chips) spans.push([c.frame.y, c.frame.y + c.frame.height]);
  const texts = [
    ...scene.segments.flatMap((s) => s.texts),
    ...scene.lanes.flatMap((l) => l.texts),
    ...scene.bands.flatMap((b) => b.texts),
    ...scene.tiles.map((t) => t.frame),
    ...scene.legend.items.map((i) => i.text),
    ...scene.note.texts,
    ...scene.title.texts,
  ];
  for (const t of texts) {
    if ('size' in t) spans.push([t.y - t.size, t.y + t.size * 0.3]);
    else spans.push([t.y, t.y + t.height]);
  }
  spans.push([scene.legend.frame.y, scene.legend.frame.y + scene.legend.frame.height]);
  return spans;
}

/**
 * Bands of at most `pageRatio` × width in height (page height / page width), cut just above the
 * highest blocked span a straight cut would go through. Short maps come back as one band.
 */
export function pageBands(scene: MapScene, pageRatio: number): Rect[] {
  const bandHeight = scene.width * pageRatio;
  if (scene.height <= bandHeight * 1.02)
    return [{ x: 0, y: 0, width: scene.width, height: scene.height }];
  const spans = blocked(scene);
  const bands: Rect[] = [];
  let top = 0;
  while (top < scene.height - 1) {
    let cut = Math.min(scene.height, top + bandHeight);
    if (cut < scene.height) {
      // Move the cut up past anything it would cross, but keep at least half a page.
      for (let moved = true; moved;) {
        moved = false;
        for (const [a, b] of spans)
          if (a < cut && b > cut && a - 4 > top + bandHeight / 2) {
            cut = a - 4;
            moved = true;
          }
      }
    }
    bands.push({ x: 0, y: top, width: scene.width, height: cut - top });
    top = cut;
  }
  return bands;
}
