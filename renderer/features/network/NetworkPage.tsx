// 供应网络: who supplies whom across the zone, grouped by cluster, chain or park (large workspaces open
// collapsed), with filters in the address, search, layouts in a worker, saved positions, the enterprise
// drawer on click and firm focus (链主视角) for a picked firm.
import { Button, Empty, Flex, Select, Space, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { FirmPlace, NetworkGroup } from '../../../shared/network/schemas.js';
import { filterFromParams, filterToParams } from '../../../shared/network/filter.js';
import { groupOfRestNode } from '../../../shared/network/open-cap.js';
import { idParam, replaceParams } from '../../app/routes.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { EnterpriseDrawer } from '../../components/enterprise-drawer/EnterpriseDrawer.js';
import { CappedGroups } from './CappedGroups.js';
import { DrawLinkButton } from './draw-link/DrawLinkButton.js';
import { DrawLinkPanel } from './draw-link/DrawLinkPanel.js';
import { useDrawLink } from './draw-link/use-draw-link.js';
import { FocusView } from './FocusView.js';
import type { LayoutAlgorithm } from './layout/layout-protocol.js';
import { NetworkCanvas, type CanvasHandle } from './NetworkCanvas.js';
import { NetworkExport } from './NetworkExport.js';
import { NetworkFilters } from './NetworkFilters.js';
import { NetworkLegend } from './NetworkLegend.js';
import { NetworkSearch } from './NetworkSearch.js';
import { useNetwork, type NetworkAnswer } from './use-network.js';

export function NetworkPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const { filter, groupBy } = useMemo(() => filterFromParams(params), [params]);
  const focusId = idParam(params, 'focus');
  const filterKey = JSON.stringify([filter, groupBy]);
  const [expanded, setExpanded] = useState<{ key: string; ids: string[] | undefined }>();
  const expandedIds = expanded?.key === filterKey ? expanded.ids : undefined;
  // Opened groups drawn whole though above the cap; kept per filter like the opened groups.
  const [whole, setWhole] = useState<{ key: string; ids: string[] }>();
  const wholeIds = useMemo(() => (whole?.key === filterKey ? whole.ids : []), [whole, filterKey]);
  const net = useNetwork({
    filter,
    groupBy,
    expanded: expandedIds,
    ...(wholeIds.length > 0 ? { showAll: wholeIds } : {}),
  });
  const [algorithm, setAlgorithm] = useState<LayoutAlgorithm>('fcose');
  // The drawer belongs to the view it was opened on: following its 链主视角 link to the focus view
  // (or back) closes it instead of covering the new view.
  const [opened, setOpened] = useState<{ id: number; on: number | null } | null>(null);
  const drawer = opened?.on === focusId ? opened.id : null;
  const setDrawer = useCallback(
    (id: number | null) => {
      setOpened(id === null ? null : { id, on: focusId });
    },
    [focusId],
  );
  const [picked, setPicked] = useState<{ id: number; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canvas = useRef<CanvasHandle>(null);
  /** A firm to centre once the answer that draws it is shown, and the group that answer opens. */
  const pendingFocus = useRef<{ node: string; group: string; whole: boolean } | null>(null);
  const answer =
    net.status === 'ready' ? net.data : net.status === 'loading' ? net.previous : undefined;
  const draw = useDrawLink(canvas, focusId === null ? answer : undefined);

  const go = (next: Record<string, string>) => {
    replaceParams('network', next);
  };
  // A collapsed group wraps its words inside its circle: wrapped at spaces, "（87 家）" was split
  // into "87" and "家）" on two lines, so there the count has a line of its own.
  const groupLabel = useCallback(
    (g: NetworkGroup) =>
      t(g.expanded ? 'network.groupLabel' : 'network.groupLabelCollapsed', {
        name: g.kind === 'named' ? g.label : t(`network.groupKind.${g.kind}`),
        count: g.firmCount,
      }),
    [t],
  );
  const showAll = useCallback(
    (group: string, all: boolean) => {
      const rest = wholeIds.filter((x) => x !== group);
      setWhole({ key: filterKey, ids: all ? [...rest, group] : rest });
    },
    [wholeIds, filterKey],
  );
  const toggle = useCallback(
    (id: string) => {
      if (!answer) return;
      // The rest node of a capped group: a double-click on it shows the group whole.
      const capped = groupOfRestNode(id);
      if (capped !== null) {
        showAll(capped, true);
        return;
      }
      const open = answer.groups.filter((g) => g.expanded).map((g) => g.id);
      if (open.includes(id) && wholeIds.includes(id)) showAll(id, false);
      setExpanded({
        key: filterKey,
        ids: open.includes(id) ? open.filter((x) => x !== id) : [...open, id],
      });
    },
    [answer, filterKey, wholeIds, showAll],
  );
  /**
   * Opens what hides a firm: its collapsed group, and the group whole when the firm is behind its rest
   * node, in one request. False when nothing hides it (it should have been drawn).
   */
  const reveal = (place: FirmPlace): boolean => {
    const group = answer?.groups.find((g) => g.id === place.group);
    if (!group) return false;
    const whole = place.behindRest && !wholeIds.includes(group.id);
    if (group.expanded && !whole) return false;
    pendingFocus.current = {
      node: `f:${String(place.firmId)}`,
      group: group.id,
      whole: place.behindRest,
    };
    if (whole) setWhole({ key: filterKey, ids: [...wholeIds, group.id] });
    if (!group.expanded) {
      const open = answer?.groups.filter((g) => g.expanded).map((g) => g.id) ?? [];
      setExpanded({ key: filterKey, ids: [...open, group.id] });
    }
    return true;
  };
  const pick = (firmId: number, name: string, place: FirmPlace) => {
    setPicked({ id: firmId, name });
    setNotice(null);
    if (!answer) return;
    if (canvas.current?.focus(`f:${String(firmId)}`)) return;
    if (!reveal(place)) setNotice(t('network.notInNetwork', { name }));
  };
  const onShown = () => {
    const pending = pendingFocus.current;
    if (!pending || canvas.current?.focus(pending.node)) {
      pendingFocus.current = null;
      return;
    }
    // Not drawn in the answer that opened its group: nothing more to open, so stop waiting for it.
    const g = answer?.groups.find((x) => x.id === pending.group);
    if (g?.expanded && (!pending.whole || (g.restCount ?? 0) === 0)) pendingFocus.current = null;
  };

  if (focusId !== null)
    return (
      <>
        <FocusView
          firmId={focusId}
          onOpenFirm={setDrawer}
          onBack={() => {
            go(filterToParams(filter, groupBy));
          }}
        />
        <EnterpriseDrawer
          id={drawer}
          onClose={() => {
            setDrawer(null);
          }}
          onOpenFirm={setDrawer}
        />
      </>
    );

  return (
    <Flex vertical style={{ flex: 1, minHeight: 0 }} data-testid="network-page">
      <Flex vertical gap={6} style={{ padding: '8px 12px', borderBottom: '1px solid #f0f0f0' }}>
        <NetworkFilters
          filter={filter}
          groupBy={groupBy}
          countries={answer?.investorCountries ?? []}
          onChange={(f, g) => {
            go(filterToParams(f, g));
          }}
        />
        <Space wrap size={6}>
          <NetworkSearch filter={filter} groupBy={groupBy} onPick={pick} />
          <Select
            aria-label={t('network.layout.fcose')}
            style={{ width: 190 }}
            value={algorithm}
            onChange={setAlgorithm}
            options={(['fcose', 'elk'] as const).map((a) => ({
              value: a,
              label: t(`network.layout.${a}`),
            }))}
          />
          <Button onClick={() => canvas.current?.relayout()}>{t('network.layout.relayout')}</Button>
          <Button onClick={() => canvas.current?.fit()}>{t('network.layout.fit')}</Button>
          <Button
            disabled={picked === null}
            onClick={() => {
              if (picked) go({ ...filterToParams(filter, groupBy), focus: String(picked.id) });
            }}
          >
            {t('network.focus.open')}
            {picked ? `：${picked.name}` : ''}
          </Button>
          <NetworkExport canvas={canvas} title={t('network.title')} />
          <DrawLinkButton draw={draw} />
        </Space>
        {answer && <Summary answer={answer} />}
        {answer && (
          <CappedGroups
            groups={answer.groups}
            whole={wholeIds}
            groupName={(g) => (g.kind === 'named' ? g.label : t(`network.groupKind.${g.kind}`))}
            onShowAll={showAll}
          />
        )}
        {notice && <Typography.Text type="warning">{notice}</Typography.Text>}
        <DrawLinkPanel draw={draw} />
      </Flex>
      {net.status === 'error' && <ErrorState error={net.error} onRetry={net.reload} />}
      {!answer && net.status === 'loading' && <LoadingState />}
      {answer && answer.firmCount === 0 && (
        <Empty style={{ marginTop: 48 }} description={t('network.empty')} />
      )}
      {answer && answer.firmCount > 0 && (
        <>
          {answer.linkCount === 0 && (
            <Typography.Text
              type="secondary"
              style={{ padding: '4px 12px' }}
              data-testid="network-no-links"
            >
              {t('network.noLinks')}
            </Typography.Text>
          )}
          <NetworkCanvas
            ref={canvas}
            answer={answer}
            groupLabel={groupLabel}
            algorithm={algorithm}
            onOpenFirm={(id) => {
              // While drawing a link a click picks an end of it (the draw-link hook hears it).
              if (draw.active) return;
              setDrawer(id);
              const f = answer.firms.find((x) => x.firmId === id);
              if (f) setPicked({ id, name: f.name });
            }}
            onToggleGroup={toggle}
            onShown={onShown}
          />
          <NetworkLegend />
        </>
      )}
      <EnterpriseDrawer
        id={drawer}
        onClose={() => {
          setDrawer(null);
        }}
        onOpenFirm={setDrawer}
      />
    </Flex>
  );
}

function Summary({ answer }: { answer: NetworkAnswer }) {
  const { t } = useTranslation();
  const p = answer.problems;
  const collapsed = answer.groups.some((g) => !g.expanded);
  const minor = answer.edges.filter((e) => e.minor === true).length;
  const refined = answer.drawnGroupBy !== answer.groupBy ? answer.drawnGroupBy : null;
  return (
    <Typography.Text type="secondary" data-testid="network-summary">
      {t('network.summary', { firms: answer.firmCount, links: answer.linkCount })}
      {' · '}
      {collapsed ? t('network.collapsedHint') : t('network.dblclickHint')}
      {(refined === 'chain' || refined === 'segment') && ` · ${t(`network.refined.${refined}`)}`}
      {minor > 0 &&
        ` · ${t('network.minorEdges', { drawn: answer.edges.length - minor, total: answer.edges.length })}`}
      {p.missingEnds + p.selfLoops + p.duplicates > 0 &&
        ` · ${t('network.problems', { missing: p.missingEnds, loops: p.selfLoops, dups: p.duplicates })}`}
    </Typography.Text>
  );
}
