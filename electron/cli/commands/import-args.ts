// Parsing of `import`'s answer and option flags (--match, --decide, --accept-name, --replace) into
// the import service's choices; a malformed value is a usage error naming the flag.
import { UsageError } from '../args.js';
import { nameKey } from '../../../shared/spreadsheet/name-key.js';
import type { MatchDecisions, ReplaceScope } from '../../../shared/spreadsheet/plan-types.js';

/** `--match 名称=12` / `--match 名称=new` → decisions keyed like the importer's name matching. */
export function parseMatches(items: string[]): MatchDecisions {
  const out: MatchDecisions = {};
  for (const item of items) {
    const at = item.lastIndexOf('=');
    const name = item.slice(0, at).trim();
    const choice = item.slice(at + 1).trim();
    if (at <= 0 || !(choice === 'new' || /^\d+$/.test(choice))) {
      throw new UsageError(
        `--match 应为 名称=企业ID 或 名称=new / --match must be NAME=ID or NAME=new: ${item}`,
      );
    }
    out[nameKey(name)] = choice === 'new' ? 'new' : Number(choice);
  }
  return out;
}

/** `--decide KEY=ID|new`: an answer under the exact key the preview printed (possible duplicates). */
export function parseDecides(items: string[]): MatchDecisions {
  const out: MatchDecisions = {};
  for (const item of items) {
    const at = item.lastIndexOf('=');
    const choice = item.slice(at + 1).trim();
    if (at <= 0 || !(choice === 'new' || /^\d+$/.test(choice)))
      throw new UsageError(
        `--decide 应为 键=企业ID 或 键=new / --decide must be KEY=ID or KEY=new: ${item}`,
      );
    out[item.slice(0, at)] = choice === 'new' ? 'new' : Number(choice);
  }
  return out;
}

const REPLACE_SCOPES: readonly ReplaceScope[] = ['tags', 'segments', 'links'];
export function parseReplace(text: string | undefined): ReplaceScope[] {
  if (text === undefined) return [];
  const items = text.split(',').map((s) => s.trim());
  const bad = items.filter((s) => !(REPLACE_SCOPES as readonly string[]).includes(s));
  if (bad.length > 0)
    throw new UsageError(
      `--replace 只能是 tags,segments,links / --replace takes tags,segments,links: ${bad.join(',')}`,
    );
  return items as ReplaceScope[];
}

export function parseIds(items: string[], flag: string): number[] {
  const bad = items.filter((s) => !/^\d+$/.test(s));
  if (bad.length > 0)
    throw new UsageError(`${flag} 应为企业ID / ${flag} takes a firm id: ${bad.join(', ')}`);
  return items.map(Number);
}
