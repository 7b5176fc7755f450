// Inputs shared by `map` and `report --format html`: the picture's language, the workspace's map data
// read once and closed, a chain or cluster by name (an unknown or ambiguous one lists what exists), and
// an output folder that must exist.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

import { UsageError } from '../args.js';
import type { CliIO } from '../command.js';
import { loadSceneSource, type MapView, type SceneSource } from '../../core/export/map-scene.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';

/** The `--lang` option: zh (default) or en. */
export function pictureLang(value: unknown): 'zh' | 'en' {
  const lang = value ?? 'zh';
  if (lang === 'zh' || lang === 'en') return lang;
  throw new UsageError('--lang 应为 zh 或 en / --lang must be zh or en');
}

/** Everything a picture or report needs, read from the workspace without writing to it. */
export function readSceneSource(db: string): SceneSource {
  const ws = openWorkspace(db, { readonly: true });
  try {
    return loadSceneSource(ws);
  } finally {
    closeWorkspace(ws);
  }
}

/** Resolves a chain or cluster name; an unknown or ambiguous one lists what exists (exit 1). */
export function findView(
  src: SceneSource,
  kind: 'chain' | 'cluster',
  name: string,
  io: CliIO,
): MapView | null {
  const clusterName = (id: number) => src.data.clusters.find((c) => c.id === id)?.name ?? '';
  if (kind === 'cluster') {
    const hit = src.data.clusters.filter((c) => c.name === name);
    if (hit.length === 1 && hit[0]) return { kind: 'cluster', clusterId: hit[0].id };
    io.err(
      `没有名为「${name}」的产业集群。现有：${src.data.clusters.map((c) => c.name).join('、')}\nNo cluster named "${name}". Available: ${src.data.clusters.map((c) => c.name).join(', ')}`,
    );
    return null;
  }
  const full = (c: { name: string; clusterId: number }) => `${clusterName(c.clusterId)}/${c.name}`;
  const hit = src.data.chains.filter((c) => c.name === name || full(c) === name);
  if (hit.length === 1 && hit[0]) return { kind: 'chain', chainId: hit[0].id };
  const names = src.data.chains.map(full);
  io.err(
    hit.length > 1
      ? `有多条产业链名为「${name}」，请写 集群/产业链：${hit.map(full).join('、')}\nSeveral chains are named "${name}"; write cluster/chain: ${hit.map(full).join(', ')}`
      : `没有名为「${name}」的产业链。现有：${names.join('、')}\nNo chain named "${name}". Available: ${names.join(', ')}`,
  );
  return null;
}

/** The folder a result goes into must already exist and be a folder (we create only --all's own). */
export function checkParent(out: string, io: CliIO): boolean {
  const dir = dirname(out);
  if (existsSync(dir) && statSync(dir).isDirectory()) return true;
  io.err(`输出目录不存在或不是文件夹：${dir}\nOutput folder not found: ${dir}`);
  return false;
}
