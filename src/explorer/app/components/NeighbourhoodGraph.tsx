import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { nodeHref } from '../router';
import { colourOf, FONT_STACK } from '../theme';

// A node's neighbourhood drawn with Cytoscape.js: the node in the middle, each neighbour around
// it, every edge named by its relationship. Clicking a neighbour opens its page.

export interface GraphNode {
  id: string;
  name: string;
  label: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  type: string;
}

/** The centre first, then each neighbour once (a node linked twice is drawn once, with two edges). */
export function uniqueNodes(center: GraphNode, nodes: GraphNode[]): GraphNode[] {
  const seen = new Map<string, GraphNode>([[center.id, center]]);
  for (const n of nodes) if (!seen.has(n.id)) seen.set(n.id, n);
  return [...seen.values()];
}

const short = (s: string) => (s.length > 12 ? `${s.slice(0, 11)}…` : s);

/** Automation hook: the live Cytoscape instance, so browser tests can find and click nodes. */
declare global {
  interface Window {
    plangraphGraph?: cytoscape.Core;
  }
}

export function NeighbourhoodGraph({ center, nodes, edges }: { center: GraphNode; nodes: GraphNode[]; edges: GraphEdge[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const all = uniqueNodes(center, nodes);
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...all.map((n) => ({
          data: {
            id: n.id,
            name: short(n.name),
            full: n.name,
            label: n.label,
            colour: colourOf(n.label),
            centre: n.id === center.id ? 1 : 0,
          },
        })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, type: e.type } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(name)',
            'font-family': FONT_STACK,
            'font-size': 11,
            color: '#1d2733',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            width: 22,
            height: 22,
          },
        },
        {
          selector: 'node[centre = 1]',
          style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#17324d' },
        },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#a9b4c2',
            'target-arrow-color': '#a9b4c2',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(type)',
            'font-family': FONT_STACK,
            'font-size': 8,
            color: '#5b6775',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
      ],
      layout: {
        name: 'concentric',
        concentric: (n: any) => (n.data('centre') ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 70,
        animate: false,
      },
    });
    cy.on('tap', 'node', (evt) => {
      const n = evt.target;
      if (n.data('centre')) return;
      location.hash = nodeHref({ id: n.id(), label: n.data('label') });
    });
    cy.on('mouseover', 'node', (evt) => {
      if (box.current) box.current.title = evt.target.data('full');
    });
    window.plangraphGraph = cy;
    // follow the container's width (window resized, side panel opened)
    const resized = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 30);
    });
    resized.observe(box.current);
    return () => {
      resized.disconnect();
      if (window.plangraphGraph === cy) delete window.plangraphGraph;
      cy.destroy();
    };
  }, [center, nodes, edges]);
  return (
    <div
      ref={box}
      className="graph"
      data-nodes={uniqueNodes(center, nodes).length}
      data-edges={edges.length}
      aria-label={`Neighbourhood of ${center.name}`}
    />
  );
}
