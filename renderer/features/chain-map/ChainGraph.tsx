// The one component that owns a Cytoscape instance for the chain map: it draws prepared elements
// with a preset layout, reports taps on firms, and exposes node/edge counts as data attributes.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useRef, useState } from 'react';

type Props = {
  elements: { nodes: ElementDefinition[]; edges: ElementDefinition[] };
  stylesheet: StylesheetJson;
  label: string;
  onSelectFirm: (enterpriseId: number) => void;
  /** Changing this number re-fits the graph to the window. */
  fitRequest: number;
};

export function ChainGraph({ elements, stylesheet, label, onSelectFirm, fitRequest }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelect = useRef(onSelectFirm);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });

  useEffect(() => {
    onSelect.current = onSelectFirm;
  }, [onSelectFirm]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const cy = cytoscape({
      container: el,
      elements: [...elements.nodes, ...elements.edges],
      style: stylesheet,
      layout: { name: 'preset', fit: true, padding: 24 },
      minZoom: 0.15,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true, // positions come from the template order; dragging would only lose them
    });
    cy.on('tap', 'node.firm', (event) => {
      const id: unknown = (event.target as NodeSingular).data('enterpriseId');
      if (typeof id === 'number') onSelect.current(id);
    });
    cyRef.current = cy;
    setCounts({ nodes: cy.nodes().length, edges: cy.edges().length });
    const observer = new ResizeObserver(() => {
      cy.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, [elements, stylesheet]);

  useEffect(() => {
    if (fitRequest > 0) cyRef.current?.fit(undefined, 24);
  }, [fitRequest]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      tabIndex={0}
      data-testid="chain-graph"
      data-node-count={counts.nodes}
      data-edge-count={counts.edges}
      style={{ width: '100%', height: '100%', background: '#fff' }}
    />
  );
}
