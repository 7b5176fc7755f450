// One chain's map on screen: the shared layout drawn by MapView, with the controls (fit, zoom, links
// on/off, firm search), hover highlights of a firm's suppliers and buyers, expanding over-full
// segments, the segment side panel and 建议招引 → lead form.
import { ExpandOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Switch, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { replaceParams } from '../../app/routes.js';
import { useElementSize } from '../../app/use-element-size.js';
import { ExportMenu } from '../../components/map-export/ExportMenu.js';

import { pct } from '../../../shared/analysis/format.js';
import type { ChainResult, TargetRow } from '../../../shared/analysis/schemas.js';
import type { Chain } from '../../../shared/domain/schemas.js';
import type { MapGraph, MapGraphWire } from '../../../shared/maps/graph-wire.js';
import { neighbourhood } from '../../../shared/maps/highlight.js';
import { fill, mapWords, type MapLang } from '../../../shared/maps/labels.js';
import { LoadingState } from '../../app/StatusViews.js';
import { LeadEditModal } from '../analysis/LeadEditModal.js';
import { FirmSearch } from './FirmSearch.js';
import { SegmentPanel } from './SegmentPanel.js';
import { useChainScene } from './scene/use-chain-scene.js';
import { useTargetLead } from './use-target-lead.js';
import { Edge } from '../../components/map-view/SceneSvg.js';
import { MapControls } from '../../components/map-view/MapControls.js';
import { MapView, type MapTarget, type MapViewHandle } from '../../components/map-view/MapView.js';

type Props = {
  chain: Chain;
  graph: MapGraph;
  /** The same data as the api sent it, for the layout worker. */
  wire: MapGraphWire;
  result: ChainResult | undefined;
  targets: readonly TargetRow[];
  /** The segment named in the address (#/chain-map?chain=3&segment=12): selected and centred. */
  segment: number | null;
  onOpenFirm: (id: number) => void;
};

/** Room the segment panel takes on the right, kept clear when centring on a segment. */
const PANEL_ROOM = 364;

export function ChainMapCanvas({
  chain,
  graph,
  wire,
  result,
  targets,
  segment,
  onOpenFirm,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang: MapLang = i18n.language === 'en' ? 'en' : 'zh';
  const view = useRef<MapViewHandle>(null);
  const [expanded, setExpanded] = useState<number[]>([]);
  const [links, setLinks] = useState(true);
  const [selected, setSelected] = useState<number | null>(segment);
  const [hover, setHover] = useState<number | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const lead = useTargetLead();
  const { ref: boxRef, width: boxWidth, height: boxHeight } = useElementSize<HTMLDivElement>();
  // The picture wraps to the window's shape; rounded so small resizes keep the same layout.
  const aspect = boxWidth > 0 && boxHeight > 0 ? Math.round((boxWidth / boxHeight) * 5) / 5 : 1.6;

  const subtitle = useMemo(() => {
    if (!result) return undefined;
    const w = mapWords(lang);
    return [
      chain.owner ? t('chainMap.owner', { owner: chain.owner }) : '',
      fill(w.tile.coverage, { rate: pct(result.coverage.rate) }),
      fill(w.tile.localRate, { rate: pct(result.localRate.byCount) }),
    ]
      .filter(Boolean)
      .join(' · ');
  }, [result, lang, chain.owner, t]);
  const sceneInput = useMemo(
    () => ({
      chain: { id: chain.id, name: chain.name },
      results: result?.segments ?? [],
      targets,
      lang,
      expanded,
      links,
      caption: subtitle ? { subtitle } : {},
      aspect,
    }),
    [chain.id, chain.name, result, targets, lang, expanded, links, subtitle, aspect],
  );
  // Laid out in a worker: the page's first render and the layout of a big chain are not one task.
  const laid = useChainScene(wire, chain.id, sceneInput);
  const home = laid.home;
  const scene = laid.scene;
  const lit = hover ?? focus;
  const near = useMemo(
    () =>
      lit === null || scene === null || home === null
        ? null
        : neighbourhood(scene, graph.links, home, lit),
    [scene, graph.links, home, lit],
  );

  // A searched firm may sit in a folded segment: unfold it, then centre once the new scene is drawn.
  const pending = useRef<number | null>(null);
  const chipOf = (id: number) =>
    scene?.chips.find((c) => c.kind === 'firm' && c.enterpriseId === id);
  useEffect(() => {
    if (pending.current === null || scene === null) return;
    const chip = scene.chips.find((c) => c.kind === 'firm' && c.enterpriseId === pending.current);
    if (chip) view.current?.centre(chip.frame);
    pending.current = null;
  }, [scene]);
  const findFirm = (id: number) => {
    setFocus(id);
    const chip = chipOf(id);
    if (chip) {
      view.current?.centre(chip.frame);
      return;
    }
    const seg = home?.get(id);
    if (seg === undefined) return;
    pending.current = id;
    setExpanded((e) => (e.includes(seg) ? e : [...e, seg]));
  };

  // A segment named by the address is selected and centred: on the first picture by MapView's start,
  // later (another link to this chain) here. The address follows clicks, so a reload keeps the panel.
  const [startSegment] = useState(segment);
  const addressed = useRef(segment);
  useEffect(() => {
    if (segment === addressed.current) return;
    addressed.current = segment;
    setSelected(segment);
    const frame = scene?.segments.find((s) => s.segmentId === segment)?.frame;
    if (frame) view.current?.focus(frame);
  }, [segment, scene]);
  const select = (id: number | null) => {
    setSelected(id);
    addressed.current = id;
    replaceParams(
      'chain-map',
      id === null ? { chain: chain.id } : { chain: chain.id, segment: id },
    );
  };

  const activate = (target: MapTarget) => {
    const id = (key: string): number => Number(target.data[key]);
    if (target.kind === 'segment') select(id('segmentId'));
    else if (target.kind === 'more') {
      const seg = id('segmentId');
      setExpanded((e) => (e.includes(seg) ? e.filter((x) => x !== seg) : [...e, seg]));
    } else if (target.kind === 'firm') {
      setFocus(id('enterpriseId'));
      onOpenFirm(id('enterpriseId'));
    } else if (target.kind === 'target') {
      void lead.open(id('enterpriseId'), id('segmentId'), target.data['name'] ?? '');
    }
  };
  const selectedResult = result?.segments.find((s) => s.segmentId === selected);
  if (scene === null)
    return laid.error ? <Alert type="error" showIcon title={laid.error} /> : <LoadingState />;
  const selectedFrame = scene.segments.find((s) => s.segmentId === selected)?.frame;
  const leadSegment = result?.segments.find((s) => s.segmentId === lead.lead?.segmentId);

  return (
    <div ref={boxRef} style={{ position: 'absolute', inset: 0 }}>
      <MapView
        ref={view}
        scene={scene}
        testId="chain-graph"
        insetTop={48}
        startAt={scene.segments.find((s) => s.segmentId === startSegment)?.frame ?? null}
        insetRight={selected === null ? 0 : PANEL_ROOM}
        label={t('chainMap.graphLabel', { chain: chain.name })}
        onActivate={activate}
        onHover={(h) => {
          setHover(h?.kind === 'firm' ? Number(h.data['enterpriseId']) : null);
        }}
        overlay={
          <g pointerEvents="none">
            {selectedFrame && (
              <rect
                data-testid="selected-segment"
                data-segment-id={selected ?? undefined}
                x={selectedFrame.x - 5}
                y={selectedFrame.y - 5}
                width={selectedFrame.width + 10}
                height={selectedFrame.height + 10}
                rx={8}
                fill="none"
                stroke="#fa8c16"
                strokeWidth={3}
              />
            )}
            {near?.edges.map((e) => (
              <Edge key={e.id} e={e} zoom={0} />
            ))}
            {near &&
              [...near.items].map((id) => {
                const r =
                  scene.chips.find((c) => c.id === id)?.frame ??
                  scene.segments.find((s) => s.id === id)?.frame;
                return r ? (
                  <rect
                    key={id}
                    x={r.x - 2}
                    y={r.y - 2}
                    width={r.width + 4}
                    height={r.height + 4}
                    rx={5}
                    fill="none"
                    stroke="#fa8c16"
                    strokeWidth={2}
                  />
                ) : null;
              })}
          </g>
        }
      />
      <Flex gap={8} wrap align="center" style={{ position: 'absolute', left: 12, top: 12 }}>
        <FirmSearch firms={graph.enterprises} onPick={findFirm} />
        <MapControls view={view}>
          {expanded.length > 0 && (
            <Tooltip title={t('chainMap.collapseAll')}>
              <Button
                aria-label={t('chainMap.collapseAll')}
                icon={<ExpandOutlined />}
                onClick={() => {
                  setExpanded([]);
                }}
              />
            </Tooltip>
          )}
        </MapControls>
        <Space size={4} style={{ background: '#fff', padding: '4px 8px', borderRadius: 6 }}>
          <Switch
            size="small"
            checked={links}
            onChange={setLinks}
            aria-label={t('chainMap.links')}
          />
          <Typography.Text>{t('chainMap.links')}</Typography.Text>
        </Space>
        {/* The file shows what is on screen: the same expanded segments and window shape. */}
        <ExportMenu
          view={{ kind: 'chain', chainId: chain.id }}
          expanded={expanded}
          aspect={aspect}
          links={links}
        />
        {near && lit !== null && (
          <Typography.Text
            data-testid="firm-neighbours"
            style={{ background: '#fff', padding: '4px 8px', borderRadius: 6 }}
          >
            {t('chainMap.neighbours', {
              name: graph.enterprises.find((e) => e.id === lit)?.name ?? '',
              suppliers: near.suppliers,
              buyers: near.buyers,
            })}
          </Typography.Text>
        )}
      </Flex>
      {selectedResult && (
        <div style={{ position: 'absolute', right: 12, top: 12, bottom: 12, display: 'flex' }}>
          <SegmentPanel
            result={selectedResult}
            targets={targets.filter((r) => r.segmentId === selectedResult.segmentId)}
            onClose={() => {
              select(null);
            }}
            onOpenFirm={onOpenFirm}
            onToLead={(r) => void lead.open(r.enterpriseId, r.segmentId, r.name)}
          />
        </div>
      )}
      <LeadEditModal
        lead={lead.lead}
        segment={leadSegment ? leadSegment.path.join(' / ') : (lead.lead?.segmentId ?? '')}
        onClose={lead.close}
      />
    </div>
  );
}
