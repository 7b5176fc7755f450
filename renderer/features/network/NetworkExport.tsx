// 导出 PNG / SVG of the network as drawn: positions read from the view, the SVG written by the pure
// writer in shared/network/svg.ts (title, legend, text kept as text), the PNG that SVG rasterised.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import type { EdgeCollection } from 'cytoscape';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import {
  networkSvg,
  type SvgBox,
  type SvgEdge,
  type SvgNode,
} from '../../../shared/network/svg.js';
import { downloadBlob } from '../../components/download.js';
import type { CanvasHandle } from './NetworkCanvas.js';
import type { NetworkView } from './network-view.js';

/** Widest PNG drawn in the page; the SVG has no limit. */
const MAX_PNG = 8192;

export function collectPicture(view: NetworkView): {
  nodes: SvgNode[];
  boxes: SvgBox[];
  edges: SvgEdge[];
} {
  const cy = view.cy;
  const nodes: SvgNode[] = cy.nodes(':childless').map((d) => ({
    ...d.position(),
    size: Number(d.data('size') ?? 30),
    label: String(d.data('label') ?? ''),
    kind: d.hasClass('local') ? 'local' : d.hasClass('outside') ? 'outside' : 'collapsed',
    anchor: d.hasClass('anchor'),
    top500: d.hasClass('top500'),
  }));
  const boxes: SvgBox[] = cy.nodes(':parent').map((p) => {
    const b = p.boundingBox({ includeLabels: false });
    return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, label: String(p.data('label') ?? '') };
  });
  // Cytoscape selectors have no :not(); the hover-only links are removed by class.
  const drawn = cy.edges().not('.transient') as EdgeCollection;
  const edges: SvgEdge[] = drawn.map((e) => {
    const s = e.source().position();
    const t = e.target().position();
    return {
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      width: Number(e.data('width') ?? 1),
      dashed: e.hasClass('inferred'),
    };
  });
  // A dense view's links between firms are painted under Cytoscape's canvas, not its edges.
  edges.push(...view.paintedLinks());
  return { nodes, boxes, edges };
}

async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(2, MAX_PNG / width, MAX_PNG / height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => {
      canvas.toBlob((b) => {
        if (b) resolve(b);
        else reject(new Error('PNG encoding failed'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function NetworkExport({
  canvas,
  title,
}: {
  canvas: RefObject<CanvasHandle | null>;
  title: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = async (format: 'png' | 'svg') => {
    const view = canvas.current?.view();
    if (!view) return;
    const picture = collectPicture(view);
    const day = new Date().toISOString().slice(0, 10);
    const { svg, width, height } = networkSvg(picture.nodes, picture.boxes, picture.edges, {
      title,
      subtitle: `${t('network.summary', { firms: picture.nodes.length, links: picture.edges.length })} · ${day}`,
      legend: [
        t('network.legend.local'),
        t('network.legend.outside'),
        t('network.legend.anchor'),
        t('network.legend.top500'),
      ],
    });
    try {
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await svgToPng(svg, width, height);
      downloadBlob(`${title}-${day}.${format}`, blob);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'png', label: 'PNG' },
          { key: 'svg', label: 'SVG' },
        ],
        onClick: ({ key }) => void run(key as 'png' | 'svg'),
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('network.export')}</Button>
    </Dropdown>
  );
}
