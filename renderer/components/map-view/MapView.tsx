// The interactive picture of a map scene: drag to pan, wheel to zoom, click and hover report the item
// under the pointer. The viewport is applied to one SVG group per frame without React; labels by zoom
// and the render window are recomputed only when a gesture ends. Edges hide while moving if asked.
import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type ReactNode,
} from 'react';

import { MIN_ZOOM } from '../../../shared/maps/geometry.js';
import type { MapScene, Rect } from '../../../shared/maps/types.js';
import { SceneSvg } from './SceneSvg.js';
import {
  centreOn,
  fitRect,
  focusOn,
  visibleRect,
  zoomAt,
  type Size,
  type Viewport,
} from './viewport.js';

export type MapTarget = { kind: string; id: string; data: DOMStringMap };

export type MapViewHandle = {
  fit: () => void;
  zoomBy: (factor: number) => void;
  centre: (r: Rect) => void;
  /** Centres a rectangle zoomed so it fills most of the view (at most 100 %). */
  focus: (r: Rect) => void;
};

type Props = {
  scene: MapScene;
  label: string;
  onActivate: (target: MapTarget) => void;
  onHover?: (target: MapTarget | null) => void;
  /** Drawn above the picture, in model coordinates (highlights, selection). */
  overlay?: ReactNode;
  hideEdgesWhileMoving?: boolean;
  testId?: string;
  /** Screen pixels kept free at the top when fitting (for controls floating over the picture). */
  insetTop?: number;
  /** Shown centred and readable instead of the whole picture the first time (a linked segment). */
  startAt?: Rect | null;
  /** Screen pixels covered on the right (a side panel) when centring on `startAt` or `focus`. */
  insetRight?: number;
};

const THRESHOLDS = [...new Set(Object.values(MIN_ZOOM))].sort((a, b) => a - b);
const zoomLevel = (k: number): number => THRESHOLDS.filter((t) => t <= k).pop() ?? 0;

const grow = (r: Rect, f: number): Rect => ({
  x: r.x - r.width * f,
  y: r.y - r.height * f,
  width: r.width * (1 + 2 * f),
  height: r.height * (1 + 2 * f),
});

const targetOf = (el: EventTarget | null): MapTarget | null => {
  const g = el instanceof Element ? el.closest<SVGGElement>('[data-id]') : null;
  return g?.dataset['kind'] && g.dataset['id']
    ? { kind: g.dataset['kind'], id: g.dataset['id'], data: g.dataset }
    : null;
};

export const MapView = forwardRef<MapViewHandle, Props>(function MapView(
  {
    scene,
    label,
    onActivate,
    onHover,
    overlay,
    hideEdgesWhileMoving = true,
    testId = 'map-view',
    insetTop = 0,
    startAt = null,
    insetRight = 0,
  },
  ref,
) {
  const svg = useRef<SVGSVGElement>(null);
  const group = useRef<SVGGElement>(null);
  const view = useRef<Viewport>({ x: 0, y: 0, k: 1 });
  const size = useRef<Size>({ width: 0, height: 0 });
  const frame = useRef(0);
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [drawn, setDrawn] = useState<{ zoom: number; window: Rect | null }>({
    zoom: 1,
    window: null,
  });
  const whole: Rect = { x: 0, y: 0, width: scene.width, height: scene.height };

  // Called on every wheel and pointer event of a gesture: touch the DOM only when the state flips.
  const isMoving = useRef(false);
  const moving = useCallback(
    (on: boolean) => {
      if (isMoving.current === on) return;
      isMoving.current = on;
      const edges = svg.current?.querySelector<SVGGElement>('.map-edges');
      if (edges && hideEdgesWhileMoving) edges.style.visibility = on ? 'hidden' : 'visible';
      svg.current?.setAttribute('data-moving', String(on));
    },
    [hideEdgesWhileMoving],
  );

  // After a gesture: labels for the new zoom, and the items around the new view.
  const commit = useCallback(() => {
    moving(false);
    const v = view.current;
    svg.current?.setAttribute('data-zoom', v.k.toFixed(3));
    setDrawn((d) => {
      const zoom = zoomLevel(v.k);
      const seen = visibleRect(v, size.current);
      const inside =
        d.window !== null &&
        seen.x >= d.window.x &&
        seen.y >= d.window.y &&
        seen.x + seen.width <= d.window.x + d.window.width &&
        seen.y + seen.height <= d.window.y + d.window.height;
      return zoom === d.zoom && inside ? d : { zoom, window: grow(seen, 1) };
    });
  }, [moving]);

  const apply = useCallback(
    (next: Viewport, settleAfter = 140) => {
      view.current = next;
      if (!frame.current) {
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          const v = view.current;
          group.current?.setAttribute(
            'transform',
            `translate(${v.x.toFixed(2)},${v.y.toFixed(2)}) scale(${v.k.toFixed(5)})`,
          );
        });
      }
      if (settle.current) clearTimeout(settle.current);
      if (settleAfter <= 0) commit();
      else {
        moving(true);
        settle.current = setTimeout(commit, settleAfter);
      }
    },
    [commit, moving],
  );

  const fit = useCallback(() => {
    apply(
      fitRect({ x: 0, y: 0, width: scene.width, height: scene.height }, size.current, 16, insetTop),
      0,
    );
  }, [apply, scene.width, scene.height, insetTop]);

  useImperativeHandle(
    ref,
    () => ({
      fit,
      zoomBy: (f) => {
        apply(zoomAt(view.current, f, size.current.width / 2, size.current.height / 2), 0);
      },
      centre: (r) => {
        apply(centreOn(view.current, r, size.current, 1), 0);
      },
      focus: (r) => {
        apply(focusOn(r, size.current, { top: insetTop, right: insetRight }), 0);
      },
    }),
    [apply, fit, insetTop, insetRight],
  );

  // Fit when the picture changes size (another chain), and follow the element's size. The first
  // picture of a linked segment starts on that segment instead.
  const fitted = useRef<string>('');
  const start = useRef(startAt);
  start.current = startAt;
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      size.current = { width: entry.contentRect.width, height: entry.contentRect.height };
      const key = `${String(scene.width)}x${String(scene.height)}:${scene.title.texts[0]?.text ?? ''}`;
      if (fitted.current !== key && size.current.width > 0) {
        const first = fitted.current === '';
        fitted.current = key;
        if (first && start.current)
          apply(focusOn(start.current, size.current, { top: insetTop, right: insetRight }), 0);
        else fit();
      } else commit();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [scene, fit, commit, apply, insetTop, insetRight]);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = el.getBoundingClientRect();
      apply(
        zoomAt(
          view.current,
          Math.exp(-e.deltaY * 0.0015),
          e.clientX - box.left,
          e.clientY - box.top,
        ),
      );
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      el.removeEventListener('wheel', onWheel);
    };
  }, [apply]);

  const drag = useRef<{ x: number; y: number; v: Viewport; moved: boolean } | null>(null);
  const hovered = useRef<string | null>(null);

  return (
    <svg
      ref={svg}
      role="img"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      data-segments={scene.segments.length}
      data-chips={scene.chips.length}
      data-edges={scene.edges.length}
      style={{
        width: '100%',
        height: '100%',
        display: 'block',
        background: '#fff',
        touchAction: 'none',
        cursor: 'grab',
        userSelect: 'none',
      }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        drag.current = { x: e.clientX, y: e.clientY, v: view.current, moved: false };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (d) {
          const dx = e.clientX - d.x;
          const dy = e.clientY - d.y;
          if (!d.moved && Math.hypot(dx, dy) < 4) return;
          if (!d.moved) svg.current?.setPointerCapture(e.pointerId);
          d.moved = true;
          apply({ ...d.v, x: d.v.x + dx, y: d.v.y + dy });
          return;
        }
        if (!onHover) return;
        const t = targetOf(e.target);
        const key = t ? t.id : null;
        if (key !== hovered.current) {
          hovered.current = key;
          onHover(t);
        }
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        drag.current = null;
        if (d && !d.moved) {
          const t = targetOf(e.target);
          if (t) onActivate(t);
        }
      }}
      onPointerLeave={() => {
        if (onHover && hovered.current !== null) {
          hovered.current = null;
          onHover(null);
        }
      }}
      onKeyDown={(e) => {
        const s = size.current;
        if (e.key === '+' || e.key === '=')
          apply(zoomAt(view.current, 1.25, s.width / 2, s.height / 2), 0);
        else if (e.key === '-') apply(zoomAt(view.current, 0.8, s.width / 2, s.height / 2), 0);
        else if (e.key === '0') fit();
      }}
    >
      <g ref={group}>
        <SceneSvg scene={scene} zoom={drawn.zoom} window={drawn.window ?? whole} />
        {overlay}
      </g>
    </svg>
  );
});
