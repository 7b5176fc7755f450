// What the Analysis page's charts show, as plain ECharts options built from the analysis (pure, so the
// numbers on a chart are tested without a canvas): state counts per chain, completeness and local
// supporting rate against the zone's goals, a snapshot before → after, and the leads funnel.
import type { EChartsCoreOption } from 'echarts/core';

import type { SnapshotDiff } from '../../../../shared/analysis/snapshot.js';
import type { ChainResult, SegmentState } from '../../../../shared/analysis/schemas.js';
import type { LeadStage } from '../../../../shared/domain/schemas.js';

/** Chart colours of the four states (the antd tag colours the tables use). */
export const STATE_CHART_COLOR: Record<SegmentState, string> = {
  missing: '#f5222d',
  broken: '#fa541c',
  weak: '#faad14',
  strong: '#52c41a',
};
const STATES: readonly SegmentState[] = ['missing', 'broken', 'weak', 'strong'];

type Label = (key: string, options?: Record<string, unknown>) => string;

/** A rate (0–1) as a percentage with one decimal; null stays null (no bar rather than a zero). */
export const pctValue = (rate: number | null): number | null =>
  rate === null ? null : Math.round(rate * 1000) / 10;

/** Bar labels with one decimal like the tables (70.0%, not 70%); no label on a missing value. */
const PCT_LABEL = {
  show: true,
  position: 'top',
  formatter: (p: { value: number | null }) => (p.value === null ? '' : `${p.value.toFixed(1)}%`),
};

/** Stages from first contact to landed: blues, then the greens of a signed and a landed project. */
export const STAGE_CHART_COLOR: Record<LeadStage, string> = {
  lead: '#1677ff',
  contact: '#4096ff',
  visit: '#69b1ff',
  signed: '#73d13d',
  landed: '#389e0d',
};

const categoryAxis = (names: string[]) => ({
  type: 'category',
  data: names,
  axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 },
});

export function stateBarsOption(chains: readonly ChainResult[], t: Label): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    xAxis: categoryAxis(chains.map((c) => c.name)),
    yAxis: { type: 'value', name: t('charts.leafSegments'), minInterval: 1 },
    series: STATES.map((s) => ({
      name: t(`analysis.state.${s}`),
      type: 'bar',
      stack: 'states',
      itemStyle: { color: STATE_CHART_COLOR[s] },
      label: { show: true, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
      data: chains.map((c) => c.leafCounts[s]),
    })),
  };
}

/** Goals in percent (the workspace's analysis settings). */
export type Goals = { coverage: number; localRate: number };

export function ratesOption(
  chains: readonly ChainResult[],
  goals: Goals,
  t: Label,
): EChartsCoreOption {
  const goalLine = (value: number, name: string) => ({
    silent: true,
    symbol: 'none',
    label: { formatter: `${name} ${String(value)}%`, position: 'insideEndTop' },
    lineStyle: { type: 'dashed' },
    data: [{ yAxis: value }],
  });
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '—' : `${String(v)}%`),
    },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    xAxis: categoryAxis(chains.map((c) => c.name)),
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: t('analysis.coverage'),
        type: 'bar',
        itemStyle: { color: '#1677ff' },
        label: PCT_LABEL,
        data: chains.map((c) => pctValue(c.coverage.rate)),
        markLine: goalLine(goals.coverage, t('charts.coverageGoal')),
      },
      {
        name: t('analysis.rateByCount'),
        type: 'bar',
        itemStyle: { color: '#13c2c2' },
        label: PCT_LABEL,
        data: chains.map((c) => pctValue(c.localRate.byCount)),
        markLine: goalLine(goals.localRate, t('charts.localRateGoal')),
      },
    ],
  };
}

export function snapshotOption(
  diff: SnapshotDiff,
  names: { from: string; to: string },
  t: Label,
): EChartsCoreOption {
  const chains = diff.chains;
  const series = (metric: 'coverage' | 'byCount', when: 'from' | 'to', color: string) => ({
    name: `${t(metric === 'coverage' ? 'analysis.coverage' : 'analysis.rateByCount')}（${names[when]}）`,
    type: 'bar',
    itemStyle: { color },
    label: PCT_LABEL,
    data: chains.map((c) => pctValue(c[metric][when])),
  });
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '—' : `${String(v)}%`),
    },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 56, bottom: 48 },
    xAxis: categoryAxis(chains.map((c) => c.name)),
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      series('coverage', 'from', '#91caff'),
      series('coverage', 'to', '#1677ff'),
      series('byCount', 'from', '#87e8de'),
      series('byCount', 'to', '#08979c'),
    ],
  };
}

export function funnelOption(
  counts: readonly { stage: LeadStage; count: number }[],
  t: Label,
): EChartsCoreOption {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    series: [
      {
        type: 'funnel',
        // The pipeline's order, not sorted by size: a stage with more leads than the one before
        // still sits in its place.
        sort: 'none',
        min: 0,
        max,
        minSize: '8%',
        left: '20%',
        width: '60%',
        top: 8,
        bottom: 8,
        gap: 2,
        label: { show: true, position: 'inside', formatter: '{b} {c}', color: '#fff' },
        data: counts.map((c) => ({
          name: t(`analysis.leads.stages.${c.stage}`),
          value: c.count,
          itemStyle: { color: STAGE_CHART_COLOR[c.stage] },
        })),
      },
    ],
  };
}
