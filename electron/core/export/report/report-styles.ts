// Print styles of the report: A4 landscape, black text on white, colours kept when printing, tables
// that break between rows (not inside them) and repeat their header on every page.
export const reportStyles = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 273mm; color: #141414; background: #fff; font: 10pt/1.45 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; }
header { border-bottom: 2px solid #141414; margin-bottom: 4mm; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
h2 { font-size: 14pt; margin: 6mm 0 2mm; border-left: 4px solid #1d39c4; padding-left: 2mm; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; }
.meta, footer { color: #595959; font-size: 9pt; }
footer { margin-top: 6mm; border-top: 1px solid #d9d9d9; padding-top: 2mm; }
section.chain { break-before: page; }
section.chain:first-of-type { break-before: auto; }
figure.map { margin: 0 0 2mm; text-align: center; break-inside: avoid; }
figure.map + figure.map { break-before: page; }
figure.map svg { width: 100%; height: auto; max-height: 180mm; }
.metrics { display: flex; gap: 4mm; break-inside: avoid; }
.metric { flex: 1; border: 1px solid #d9d9d9; border-radius: 2mm; padding: 2mm 3mm; }
.metric b { display: block; font-size: 9pt; color: #434343; }
.metric span { display: block; font-size: 16pt; font-weight: 700; }
.metric small { display: block; color: #595959; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #bfbfbf; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.state { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; color: #fff; font-weight: 700; white-space: nowrap; }
.state-missing { background: #cf1322; }
.state-broken { background: #a8071a; }
.state-weak { background: #ad6800; }
.state-strong { background: #237804; }
.key { font-size: 8pt; color: #262626; border: 1px solid #262626; padding: 0 1mm; white-space: nowrap; }
.empty { color: #595959; }
`;
