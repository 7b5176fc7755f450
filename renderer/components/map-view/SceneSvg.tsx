// Draws a map scene (shared/maps) as SVG elements: the same boxes, texts and edges the exports draw.
// Texts below their zoom level and items outside the render window are left out, so the DOM stays
// small however big the chain; items carry data attributes the view and the tests use.
import { memo } from 'react';

import { BOX_STYLES, EDGE_STYLES, FONT_FAMILY, TEXT_STYLES } from '../../../shared/maps/styles.js';
import type {
  EdgeItem,
  MapScene,
  Rect,
  SceneItem,
  SceneRect,
  SceneText,
} from '../../../shared/maps/types.js';
import { intersects } from './viewport.js';

export function Box({ r }: { r: SceneRect }) {
  const p = BOX_STYLES[r.style];
  return (
    <rect
      x={r.x}
      y={r.y}
      width={r.width}
      height={r.height}
      rx={r.radius}
      fill={p.fill}
      stroke={p.strokeWidth > 0 ? p.stroke : 'none'}
      strokeWidth={p.strokeWidth}
      strokeDasharray={p.dash?.join(' ')}
    />
  );
}

export function Label({ t }: { t: SceneText }) {
  return (
    <text
      x={t.x}
      y={t.y}
      fontSize={t.size}
      fontWeight={t.weight}
      textAnchor={t.anchor}
      fill={TEXT_STYLES[t.style].fill}
    >
      {t.text}
    </text>
  );
}

export const curvePath = ({ curve: [a, b, c, d] }: Pick<EdgeItem, 'curve'>): string =>
  `M${a.x.toFixed(1)},${a.y.toFixed(1)} C${b.x.toFixed(1)},${b.y.toFixed(1)} ${c.x.toFixed(1)},${c.y.toFixed(1)} ${d.x.toFixed(1)},${d.y.toFixed(1)}`;

export function Edge({ e, zoom }: { e: EdgeItem; zoom: number }) {
  const p = EDGE_STYLES[e.style];
  return (
    <g data-edge={e.id} data-kind={e.kind} data-style={e.style}>
      <path
        d={curvePath(e)}
        fill="none"
        stroke={p.stroke}
        strokeOpacity={p.opacity}
        strokeWidth={e.width}
        strokeDasharray={p.dash?.join(' ')}
        markerEnd={e.arrow ? `url(#arrow-${e.style})` : undefined}
      />
      {e.label && zoom >= e.label.minZoom && <Label t={e.label} />}
    </g>
  );
}

function Item({
  item,
  zoom,
  attrs,
}: {
  item: SceneItem;
  zoom: number;
  attrs: Record<string, string | number | boolean | null>;
}) {
  const data = Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [`data-${k}`, v === null ? undefined : String(v)]),
  );
  return (
    <g data-id={item.id} {...data}>
      <Box r={item.frame} />
      {item.decor.map((d, i) => (
        <Box key={i} r={d} />
      ))}
      {item.texts.map((t, i) => (zoom >= t.minZoom ? <Label key={i} t={t} /> : null))}
    </g>
  );
}

export function ArrowMarkers() {
  return (
    <defs>
      {(['flow-local', 'flow-outside', 'link-hover'] as const).map((s) => (
        <marker
          key={s}
          id={`arrow-${s}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLES[s].stroke} />
        </marker>
      ))}
    </defs>
  );
}

type Props = {
  scene: MapScene;
  /** Zoom level rounded to the text thresholds, so the drawing changes only when labels do. */
  zoom: number;
  /** Model rectangle to draw (the view plus a margin); null draws everything. */
  window: Rect | null;
};

/** The static picture; the view draws highlights on top of it. */
export const SceneSvg = memo(function SceneSvg({ scene, zoom, window: win }: Props) {
  const inView = (r: Rect): boolean => win === null || intersects(r, win);
  return (
    <g fontFamily={FONT_FAMILY}>
      <ArrowMarkers />
      <Box r={scene.background} />
      {scene.bands
        .filter((b) => inView(b.frame))
        .map((b) => (
          <Item key={b.id} item={b} zoom={zoom} attrs={{ kind: 'band', 'chain-id': b.chainId }} />
        ))}
      {scene.lanes
        .filter((l) => inView(l.frame))
        .map((l) => (
          <Item key={l.id} item={l} zoom={zoom} attrs={{ kind: 'lane', stage: l.stage }} />
        ))}
      {scene.segments
        .filter((s) => inView(s.frame))
        .map((s) => (
          <Item
            key={s.id}
            item={s}
            zoom={zoom}
            attrs={{
              kind: 'segment',
              'segment-id': s.segmentId,
              'chain-id': s.chainId,
              state: s.state,
              display: s.display,
              key: s.isKey,
              'outside-only': s.outsideOnly,
              name: s.name,
            }}
          />
        ))}
      <g className="map-edges">
        {scene.edges.map((e) => (
          <Edge key={e.id} e={e} zoom={zoom} />
        ))}
      </g>
      {scene.chips
        .filter((c) => inView(c.frame))
        .map((c) => (
          <Item
            key={c.id}
            item={c}
            zoom={zoom}
            attrs={{
              kind: c.kind,
              'enterprise-id': c.enterpriseId,
              'segment-id': c.segmentId,
              'chain-id': c.chainId,
              local: c.isLocal,
              name: c.name,
            }}
          />
        ))}
      {scene.tiles.map((t) => (
        <Item
          key={t.id}
          item={t}
          zoom={zoom}
          attrs={{ kind: 'tile', 'cluster-id': t.clusterId, 'chain-id': t.chainId }}
        />
      ))}
      {scene.title.texts.map((t, i) => (
        <Label key={`title${String(i)}`} t={t} />
      ))}
      <Box r={scene.legend.frame} />
      {scene.legend.items.map((it, i) =>
        it.kind === 'box' ? (
          <g key={`legend${String(i)}`}>
            <Box r={it.swatch} />
            <Label t={it.text} />
          </g>
        ) : (
          <g key={`legend${String(i)}`}>
            <line
              x1={it.from.x}
              y1={it.from.y}
              x2={it.to.x}
              y2={it.to.y}
              stroke={EDGE_STYLES[it.style].stroke}
              strokeWidth={it.width}
              strokeDasharray={EDGE_STYLES[it.style].dash?.join(' ')}
            />
            <Label t={it.text} />
          </g>
        ),
      )}
      {scene.note.texts.map((t, i) => (
        <Label key={`note${String(i)}`} t={t} />
      ))}
    </g>
  );
});
