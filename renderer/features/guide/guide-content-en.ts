// The user guide in English, section for section the Chinese text of guide-content.ts (same ids, same
// screenshots, which show the app in Chinese); buttons and pages go by their English labels.
import type { GuideSection } from './guide-content.js';
import { GUIDE } from './guide-content.js';

const image = (id: string, alt: string) => {
  const src = GUIDE.find((s) => s.id === id)?.image?.src;
  return src ? { image: { src, alt } } : {};
};

export const GUIDE_EN: GuideSection[] = [
  {
    id: 'install',
    title: '1. Installing and first start',
    paragraphs: [
      'On a computer with internet access, run npm install && npm start; an installed copy is opened from the Start menu as “产业链招商图谱” (Industrial Chain Atlas). The app works offline and never uses the internet.',
      'Where the desktop window cannot run, the app says why in one line and opens “browser mode” instead: open the address it prints in a browser on this computer. The data still stays on this computer only.',
      'On first start choose “New demo workspace” to learn the app, or create an empty workspace. A workspace is one .chainatlas file that can be copied, backed up and taken to another computer.',
    ],
  },
  {
    id: 'demo',
    title: '2. The demo workspace',
    paragraphs: [
      'The demo workspace holds four clusters (high-end equipment, health, new energy and materials, information industry) with their chains, local and outside firms, supply links and some leads; all demo data is marked “Demo data”.',
      'Try a round on the demo first: read a chain map and its gaps, turn a target into a lead, export a report; then import your zone’s data.',
    ],
    ...image(
      'demo',
      'The chain map: segments in upstream, midstream and downstream, coloured by gap state',
    ),
  },
  {
    id: 'import',
    title: '3. Importing the firm register and supply links',
    paragraphs: [
      'On the Import page, first click “Download template”: four sheets (firms, supply links, chain templates, leads), each column explained with an example row. Fill it in and drop the Excel, WPS or CSV files on the page (several at once is fine).',
      'The app checks before it writes: every problem is listed with its file, sheet, row and column, and nothing is written while an error remains. Check the numbers to add, update and remove, then click Import; the workspace is backed up before every import.',
      'Importing the same register again updates the firms it finds by their credit code (USCC) or name, without duplicates; only rows marked “删除” (delete) in the file remove data.',
    ],
    ...image('import', 'The import page: template download, file choice and the check'),
  },
  {
    id: 'gaps',
    title: '4. Reading the chain map and gap states',
    paragraphs: [
      'The Chain map lays a chain’s segments out as upstream, midstream and downstream; click a segment for its local firms, outside suppliers and the reasons for its state. The four states: missing (no confirmed local firm), broken (local firms, but the local buyers of this segment all buy from outside), weak (fewer local firms than the target, or none above scale or high-tech), strong (target reached with a leading firm).',
      'On the Analysis page, pick a cluster and chain at the top: Gaps, Target list, Anchor view and Leads then show that chain only, and the address remembers the choice, so it can be bookmarked or sent to a colleague. With no chain picked, charts compare the chains: missing, broken, weak and strong segments, and completeness and local supply rate against their targets (set in Analysis settings).',
      'Every firm name opens the firm’s details; every segment name opens the chain map at that segment.',
    ],
    ...image(
      'gaps',
      'The analysis page: missing, broken, weak and strong segments per chain, completeness and local supply rate against targets',
    ),
  },
  {
    id: 'targets',
    title: '5. Target list and leads',
    paragraphs: [
      'The Target list names the firms that supply local firms but are not in the zone, ranked by how many local buyers they serve and the amount supplied, and marks Fortune 500, listed and similar firms: the firms to attract through their customers. “Make lead” turns one into a lead.',
      'The Leads board has a column per stage, New lead → Contact → Visit → Signed → Landed, with a funnel chart of the counts above it. Change a card’s stage on the card; the pencil edits owner, next step, dates and notes; the bin deletes the lead after a confirmation.',
    ],
    ...image(
      'targets',
      'The target list: gap segment, target firm, local buyers served, amount, and 转为线索',
    ),
  },
  {
    id: 'leads',
    title: '6. Exporting maps and reports',
    paragraphs: [
      'Export at the top right of the chain map and the cluster map saves a PNG picture for slides, or all maps at once. Every chart on the Analysis page has “Export PNG”: white background, high resolution, ready to print or paste into a document.',
      '“Export report (Excel)” writes the report for the leadership: summary, gaps, targets, leads and a target sheet per chain. Each sheet’s first row names the workspace, the clusters covered and the date; amounts carry thousands separators and the unit 万元 (10,000 yuan); printed A4 landscape, every page repeats the title and the header row.',
    ],
    ...image('leads', 'The leads board with its funnel chart'),
  },
  {
    id: 'backups',
    title: '7. Backup and restore',
    paragraphs: [
      'The app backs the workspace up before every import and on the first open of each day. The “Backup & restore” page lists the backups, makes one by hand, or restores one (after backing up the present data once more).',
      'The workspace file itself can also be copied. Save the .chainatlas file to the place your office names once a month.',
    ],
  },
  {
    id: 'editing',
    title: '8. Editing by hand, drawing links and undo',
    paragraphs: [
      'Firms, their chain segments (挂链), supply links and segment trees are edited in the app: create, edit, merge and delete firms and add or remove their segments on the Enterprises page or in a firm’s details; drag segments on “Chains & segments” to change their order and level. Every change is saved as it is made, so there is no save button to forget; deletes and merges are backed up first.',
      'On the Network page, click “Draw a link” in the toolbar (or press L): click the supplier (where the arrow starts), then the buyer, complete product, segment and amount in the form that opens and save; the new link is drawn at once. A click on the background picks another supplier; a collapsed group is opened with a double-click before you click a firm in it; Esc or L again leaves. The button is off on a read-only workspace.',
      'Undo and Redo at the top right (Ctrl+Z / Ctrl+Shift+Z) take hand edits back and make them again in order, deletes and merges included, from any page. An import, a backup restore or an added chain template is never taken back silently: undo stops there and says “Only changes made after the import (time) can be undone”. To go back before an import, restore the backup made just before it on “Backup & restore”.',
    ],
  },
];
