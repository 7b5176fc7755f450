// The network drawing: mounts the Cytoscape view, shows each answer with its saved positions (laying
// out in the worker only what has none), saves positions after a layout or a drag, and shows the
// layout's progress with a cancel button. The page drives it through the handle.
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';

import { minorElements, toElements, type GroupWords } from '../../../shared/network/elements.js';
import type { NodePosition } from '../../../shared/network/schemas.js';
import { call } from '../../api.js';
import type { LayoutAlgorithm } from './layout/layout-protocol.js';
import { NetworkView } from './network-view.js';
import type { NetworkAnswer } from './use-network.js';

export type CanvasHandle = {
  relayout: () => void;
  fit: () => void;
  focus: (nodeId: string) => boolean;
  view: () => NetworkView | null;
};

type Props = {
  answer: NetworkAnswer;
  groupLabel: GroupWords;
  algorithm: LayoutAlgorithm;
  onOpenFirm: (firmId: number) => void;
  onToggleGroup: (groupId: string) => void;
  /** Called once an answer is on screen (positioned, possibly still being laid out). */
  onShown: () => void;
  ref?: Ref<CanvasHandle>;
};

// 'showing' until the elements are drawn and it is known whether a layout is needed: reading 'idle'
// before then would call a picture final that is about to be laid out and move.
type LayoutStatus =
  | { kind: 'showing' }
  | { kind: 'idle' }
  | { kind: 'adding'; n: number; total: number }
  | { kind: 'running'; since: number }
  | { kind: 'placing' }
  | { kind: 'done'; ms: number }
  | { kind: 'failed' | 'cancelled' };

/** A step still under way: a spinner, what is happening, and an action for it if there is one. */
function Busy({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <Alert
      type="info"
      title={
        <Flex gap={8} align="center">
          <Spin size="small" />
          <Typography.Text>{text}</Typography.Text>
          {children}
        </Flex>
      }
    />
  );
}

export function NetworkCanvas(props: Props) {
  const { answer, groupLabel, algorithm, onOpenFirm, onToggleGroup, onShown, ref } = props;
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const view = useRef<NetworkView | null>(null);
  const [status, setStatus] = useState<LayoutStatus>({ kind: 'showing' });
  const [now, setNow] = useState(0);
  const restLabel = useCallback((count: number) => t('network.rest.node', { count }), [t]);
  // Callbacks read through a ref so the Cytoscape instance is made once, not per render.
  const live = useRef({ onOpenFirm, onToggleGroup, onShown, viewKey: answer.viewKey, algorithm });
  useLayoutEffect(() => {
    live.current = { onOpenFirm, onToggleGroup, onShown, viewKey: answer.viewKey, algorithm };
  });

  useEffect(() => {
    if (!box.current) return;
    const save = (positions: NodePosition[], replace: boolean) => {
      void call('network:savePositions', { viewKey: live.current.viewKey, positions, replace });
    };
    const v = new NetworkView(box.current, {
      onOpenFirm: (id) => {
        live.current.onOpenFirm(id);
      },
      onToggleGroup: (id) => {
        live.current.onToggleGroup(id);
      },
      onPositions: save,
      onLayout: ({ phase, ms }) => {
        if (phase === 'prepare') setStatus({ kind: 'running', since: performance.now() });
        else if (phase === 'placing') setStatus({ kind: 'placing' });
        else if (phase === 'done') setStatus({ kind: 'done', ms: ms ?? 0 });
        else if (phase === 'placed') setStatus({ kind: 'idle' });
        else if (phase === 'failed' || phase === 'cancelled') setStatus({ kind: phase });
      },
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    let current = true;
    setStatus({ kind: 'showing' });
    void v
      .show(
        toElements(answer, groupLabel, restLabel),
        answer.positions,
        minorElements(answer),
        (n, total) => {
          if (current && total > 0) setStatus({ kind: 'adding', n, total });
        },
      )
      .then((complete) => {
        if (!current || complete === null) return;
        if (complete || v.cy.nodes().length === 0) {
          v.fit();
          setStatus({ kind: 'idle' });
        } else {
          // Nodes without saved positions: lay out, starting over only when nothing was saved.
          v.layout(live.current.algorithm, answer.positions.length === 0);
        }
        live.current.onShown();
      });
    return () => {
      current = false;
    };
  }, [answer, groupLabel, restLabel]);

  useEffect(() => {
    if (status.kind !== 'running') return;
    const timer = window.setInterval(() => {
      setNow(performance.now());
    }, 250);
    return () => {
      window.clearInterval(timer);
    };
  }, [status.kind]);

  useImperativeHandle(ref, () => ({
    relayout: () => view.current?.layout(live.current.algorithm, true),
    fit: () => view.current?.fit(),
    focus: (id) => view.current?.focus(id) ?? false,
    view: () => view.current,
  }));

  const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(1);
  return (
    <div style={{ position: 'relative', flex: 1, minHeight: 0 }}>
      <div ref={box} data-testid="network-canvas" style={{ position: 'absolute', inset: 0 }} />
      {/* The state line lies over the picture: clicks go through it to the firms and groups beneath
          (a double-click on a group there did nothing), except on its cancel button. */}
      <Flex
        style={{ position: 'absolute', left: 12, bottom: 12, maxWidth: 420, pointerEvents: 'none' }}
        vertical
        gap={4}
        data-testid="layout-status"
        data-state={status.kind}
      >
        {status.kind === 'adding' && (
          <Busy text={t('network.layout.adding', { n: status.n, total: status.total })} />
        )}
        {status.kind === 'running' && (
          <Busy text={t('network.layout.running', { s: seconds(now - status.since) })}>
            <Button
              size="small"
              style={{ pointerEvents: 'auto' }}
              onClick={() => view.current?.cancel()}
            >
              {t('network.layout.cancel')}
            </Button>
          </Busy>
        )}
        {status.kind === 'placing' && <Busy text={t('network.layout.placing')} />}
        {status.kind === 'done' && (
          <Typography.Text type="secondary">
            {t('network.layout.done', { s: seconds(status.ms) })}
          </Typography.Text>
        )}
        {(status.kind === 'failed' || status.kind === 'cancelled') && (
          <Alert type="warning" showIcon title={t(`network.layout.${status.kind}`)} />
        )}
      </Flex>
    </div>
  );
}
