// The printable report of a chain or a cluster as ONE self-contained HTML file: the map inlined as SVG
// (sharp at any print size, text selectable), the state table with the rule that fired, coverage and
// local supporting rates with their formulas, the target list and the leads, dated. It prints on A4
// landscape from any browser; the desktop prints the same page to PDF. No script, no external file.
import { pct } from '../../../../shared/analysis/format.js';
import type { ChainResult, TargetRow } from '../../../../shared/analysis/schemas.js';
import type { Lead } from '../../../../shared/domain/schemas.js';
import type { MapLang } from '../../../../shared/maps/labels.js';
import { escapeXml as esc } from '../../../../shared/maps/svg/escape.js';
import { sceneToSvg } from '../../../../shared/maps/svg/write-svg.js';
import { DRAWABLE, sceneFor, type MapView, type SceneSource } from '../map-scene.js';
import { pageBands } from './page-bands.js';
import { reportStyles } from './report-styles.js';
import { reportWords, type ReportWords } from './report-words.js';

export type ReportView = Extract<MapView, { kind: 'chain' } | { kind: 'cluster' }>;

const table = (cols: readonly string[], rows: string[][], cls: string): string =>
  `<table class="${cls}"><thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** Printable area of A4 landscape with 12 mm margins, less room for the heading above the map. */
const PAGE_RATIO = 165 / 273;

/**
 * The map as inline SVG (no XML prolog: not allowed inside HTML), one figure per printed page when the
 * map is taller than a page, so it prints at full page width.
 */
function mapFigures(src: SceneSource, view: MapView, lang: MapLang): string {
  const scene = sceneFor(src, view, { lang, aspect: 1 / PAGE_RATIO });
  return pageBands(scene, PAGE_RATIO)
    .map(
      (band) =>
        `<figure class="map">${sceneToSvg(scene, { viewBox: band }).replace(/^<\?xml[^>]*>\s*/, '')}</figure>`,
    )
    .join('\n');
}

function metrics(
  chain: Pick<ChainResult, 'coverage' | 'localRate'>,
  w: ReportWords,
  lang: MapLang,
): string {
  const t = (p: { zh: string; en: string }) => esc(lang === 'en' ? p.en : p.zh);
  const r = chain.localRate;
  return `<div class="metrics">
<div class="metric"><b>${esc(w.coverage)}</b><span>${pct(chain.coverage.rate)}</span><small>${t(chain.coverage.formula)}</small></div>
<div class="metric"><b>${esc(w.rateByCount)}</b><span>${pct(r.byCount)}</span><small>${t(r.countFormula)}</small></div>
<div class="metric"><b>${esc(w.rateByAmount)}</b><span>${pct(r.byAmount)}</span><small>${t(r.amountFormula)}</small></div>
</div>`;
}

function stateTable(chain: ChainResult, w: ReportWords, lang: MapLang): string {
  const rows = chain.segments
    .filter((s) => s.isLeaf)
    .map((s) => [
      esc(s.path.join(' / ')) + (s.isKey ? ` <span class="key">${esc(w.key)}</span>` : ''),
      esc(w.stage[s.stage]),
      `<span class="state state-${s.state}">${esc(w.state[s.state])}</span>`,
      [s.rule, ...s.notes].map((n) => esc(lang === 'en' ? n.en : n.zh)).join('<br>'),
      String(s.localFirms.length),
      String(s.target),
    ]);
  return table(w.stateCols, rows, 'states');
}

function targetTable(targets: readonly TargetRow[], w: ReportWords): string {
  if (targets.length === 0) return `<p class="empty">${esc(w.noTargets)}</p>`;
  const rows = targets.map((t) => [
    String(t.rank),
    esc(t.name),
    esc(t.location ?? ''),
    esc(t.segmentPath.join(' / ')),
    `<span class="state state-${t.gapState}">${esc(w.state[t.gapState])}</span>`,
    String(t.localBuyerCount),
    t.amount === null ? '—' : t.amount.toLocaleString('en-US', { maximumFractionDigits: 2 }),
    esc(t.tags.join('、')),
    t.lead ? esc(w.leadStage[t.lead.stage]) : '',
  ]);
  return table(w.targetCols, rows, 'targets');
}

function leadTable(leads: readonly Lead[], segName: Map<number, string>, w: ReportWords): string {
  if (leads.length === 0) return `<p class="empty">${esc(w.noLeads)}</p>`;
  const rows = leads.map((l) => [
    esc(l.targetName),
    esc(l.segmentId === null ? '' : (segName.get(l.segmentId) ?? '')),
    esc(w.leadStage[l.stage]),
    esc(l.owner ?? ''),
    esc(l.nextStep ?? ''),
    esc(l.nextDate ?? ''),
  ]);
  return table(w.leadCols, rows, 'leads');
}

function chainSection(
  src: SceneSource,
  chain: ChainResult,
  lang: MapLang,
  heading: boolean,
): string {
  const w = reportWords(lang);
  const segName = new Map(chain.segments.map((s) => [s.segmentId, s.path.join(' / ')]));
  const leads = src.data.leads.filter((l) => l.segmentId !== null && segName.has(l.segmentId));
  const targets = src.analysis.targets.filter((t) => t.chainId === chain.chainId);
  return `<section class="chain">
${heading ? `<h2>${esc(w.chainTitle(chain.name))}</h2>` : ''}
<h3>${esc(w.map)}</h3>
${mapFigures(src, { kind: 'chain', chainId: chain.chainId }, lang)}
<h3>${esc(w.metrics)}</h3>
${metrics(chain, w, lang)}
<h3>${esc(w.states)}</h3>
${stateTable(chain, w, lang)}
<h3>${esc(w.targets)}</h3>
${targetTable(targets, w)}
<h3>${esc(w.leads)}</h3>
${leadTable(leads, segName, w)}
</section>`;
}

/** The report's title (chain or cluster name) and its HTML. */
export function reportHtml(src: SceneSource, view: ReportView, lang: MapLang = 'zh'): string {
  const w = reportWords(lang);
  const chains =
    view.kind === 'chain'
      ? src.analysis.chains.filter((c) => c.chainId === view.chainId)
      : src.analysis.chains.filter((c) => c.clusterId === view.clusterId);
  const name =
    view.kind === 'chain'
      ? (chains[0]?.name ?? '')
      : (src.data.clusters.find((c) => c.id === view.clusterId)?.name ?? '');
  const cluster =
    view.kind === 'cluster'
      ? src.analysis.clusters.find((c) => c.clusterId === view.clusterId)
      : undefined;
  const clusterPart =
    cluster && DRAWABLE.includes('cluster')
      ? `<section class="chain"><h3>${esc(w.map)}</h3>${mapFigures(src, view, lang)}</section>`
      : '';
  const clusterMetrics = cluster ? metrics(cluster, w, lang) : '';
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(w.reportTitle(name))}</title>
<style>${reportStyles}</style>
</head>
<body>
<header><h1>${esc(w.reportTitle(name))}</h1><p class="meta">${esc(w.meta(src.workspace, src.date))}</p></header>
${clusterMetrics}
${clusterPart}
${chains.map((c) => chainSection(src, c, lang, view.kind === 'cluster')).join('\n')}
<footer>${esc(w.footer(src.date))}</footer>
</body>
</html>
`;
}
