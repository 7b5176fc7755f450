// The chain map's Cytoscape stylesheet as plain data: local firms filled blue, outside firms white
// with a dashed orange border, 链主 firms gold, segments as labelled boxes, supply links as arrows.
import type { StylesheetJson } from 'cytoscape';

import { GEOMETRY } from './to-elements.js';

/** Shared with the legend in the page so the two never disagree. */
export const CHAIN_COLORS = {
  local: '#1677ff',
  localFill: '#e6f4ff',
  outside: '#d46b08',
  outsideFill: '#ffffff',
  anchor: '#d48806',
  anchorFill: '#fffbe6',
  segmentBorder: '#8c8c8c',
  segmentFill: '#fafafa',
  keySegment: '#cf1322',
  emptySegment: '#bfbfbf',
  stageFill: '#f0f5ff',
  text: '#1f1f1f',
  mutedText: '#595959',
  edgeLocal: '#4096ff',
  edgeOutside: '#fa8c16',
} as const;

/** Noto CJK first (Linux offices), then the Windows/macOS CJK fonts; Cytoscape draws text on canvas. */
export const GRAPH_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export function chainStylesheet(): StylesheetJson {
  const c = CHAIN_COLORS;
  const g = GEOMETRY;
  return [
    {
      selector: 'node',
      style: {
        'font-family': GRAPH_FONT,
        color: c.text,
        'font-size': 12,
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'node.stage',
      style: {
        shape: 'round-rectangle',
        'background-color': c.stageFill,
        'background-opacity': 0.6,
        'border-width': 0,
        label: 'data(label)',
        'font-size': 16,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        padding: `${String(g.padding)}px`,
        'min-width': 'data(innerWidth)',
        'min-width-bias-left': '50%',
        'min-width-bias-right': '50%',
        'compound-sizing-wrt-labels': 'include',
      },
    },
    {
      selector: 'node.segment',
      style: {
        shape: 'round-rectangle',
        'background-color': c.segmentFill,
        'border-width': 1,
        'border-color': c.segmentBorder,
        label: 'data(label)',
        'font-size': 13,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'text-wrap': 'ellipsis',
        'text-max-width': `${String(g.minSegmentWidth - 8)}px`,
        padding: `${String(g.padding)}px`,
        'min-width': 'data(innerWidth)',
        'min-width-bias-left': '50%',
        'min-width-bias-right': '50%',
        'compound-sizing-wrt-labels': 'include',
      },
    },
    {
      // Leaves (a segment or stage without content) take their size from the layout; boxes with
      // content are compounds sized by their children and min-width.
      selector: 'node.empty',
      style: { width: 'data(width)', height: 'data(height)', padding: '0px' },
    },
    {
      selector: 'node.segment.key',
      style: { 'border-color': c.keySegment, 'border-width': 2, 'font-weight': 'bold' },
    },
    {
      selector: 'node.segment.empty',
      style: {
        'border-style': 'dashed',
        'border-color': c.emptySegment,
        'background-color': '#ffffff',
        color: c.mutedText,
      },
    },
    {
      selector: 'node.firm',
      style: {
        shape: 'round-rectangle',
        width: g.firmWidth,
        height: g.firmHeight,
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'ellipsis',
        'text-max-width': `${String(g.firmWidth - 12)}px`,
        'border-width': 1.5,
      },
    },
    {
      selector: 'node.firm.local',
      style: { 'background-color': c.localFill, 'border-color': c.local },
    },
    {
      selector: 'node.firm.outside',
      style: {
        'background-color': c.outsideFill,
        'border-color': c.outside,
        'border-style': 'dashed',
      },
    },
    {
      selector: 'node.firm.anchor',
      style: {
        'background-color': c.anchorFill,
        'border-color': c.anchor,
        'border-width': 3,
        'font-weight': 'bold',
      },
    },
    { selector: 'node.firm.uncertain', style: { opacity: 0.6 } },
    {
      selector: 'node.firm:selected',
      style: { 'overlay-color': c.local, 'overlay-opacity': 0.15, 'overlay-padding': 4 },
    },
    {
      selector: 'edge.supply',
      style: {
        'curve-style': 'bezier',
        width: 1.5,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        opacity: 0.75,
      },
    },
    {
      selector: 'edge.supply.from-local',
      style: { 'line-color': c.edgeLocal, 'target-arrow-color': c.edgeLocal },
    },
    {
      selector: 'edge.supply.from-outside',
      style: {
        'line-color': c.edgeOutside,
        'target-arrow-color': c.edgeOutside,
        'line-style': 'dashed',
      },
    },
    {
      // The product name only when asked for, so the overview stays readable.
      selector: 'edge.supply:selected',
      style: {
        label: 'data(label)',
        'font-family': GRAPH_FONT,
        'font-size': 11,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        width: 3,
        opacity: 1,
      },
    },
  ];
}
