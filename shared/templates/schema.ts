// A chain template: a named segment tree (上游/中游/下游) with key segments and target counts, as the
// library's data files write it and as a shared spreadsheet reads back. Pure data and zod only.
import { z } from 'zod';

import { StageSchema, type Stage } from '../domain/schemas.js';

/** A segment as a template writes it; children take their parent's stage unless they name one. */
export type TemplateNode = {
  name: string;
  stage?: Stage | undefined;
  key?: boolean | undefined;
  target?: number | undefined;
  children?: TemplateNode[] | undefined;
};

const NameSchema = z.string().trim().min(1).max(60);

export const TemplateNodeSchema: z.ZodType<TemplateNode> = z.lazy(() =>
  z
    .object({
      name: NameSchema,
      stage: StageSchema.optional(),
      key: z.boolean().optional(),
      target: z.number().int().min(0).max(999).optional(),
      children: z.array(TemplateNodeSchema).max(60).optional(),
    })
    .strict(),
);

export const ChainTemplateSchema = z
  .object({
    /** Stable identifier (CLI, links): lower-case letters, digits and hyphens. */
    id: z.string().regex(/^[a-z0-9-]{2,40}$/),
    /** The chain's name once added to a workspace (工程机械). */
    name: NameSchema,
    /** The library's title (工程机械（挖掘机与重卡）) and its English form. */
    title: z.string().min(1).max(80),
    titleEn: z.string().min(1).max(120),
    /** The cluster a new workspace would put it in (高端装备 …). */
    cluster: NameSchema,
    description: z.string().max(400),
    segments: z.array(TemplateNodeSchema).min(1).max(60),
  })
  .strict();
export type ChainTemplate = z.infer<typeof ChainTemplateSchema>;

/** One segment of a template in tree order (parents before children), as a row of the chain table. */
export type TemplateRow = {
  name: string;
  /** The parent's name (names are unique within a template), null at the top. */
  parent: string | null;
  stage: Stage;
  isKey: boolean;
  targetCount: number | null;
  depth: number;
  /** Position among its siblings. */
  sortOrder: number;
};

/** The tree as rows, parents first; a child without a stage takes its parent's. */
export function templateRows(t: Pick<ChainTemplate, 'segments'>): TemplateRow[] {
  const rows: TemplateRow[] = [];
  const walk = (nodes: TemplateNode[], parent: TemplateRow | null): void => {
    nodes.forEach((n, i) => {
      const row: TemplateRow = {
        name: n.name.trim(),
        parent: parent?.name ?? null,
        stage: n.stage ?? parent?.stage ?? 'midstream',
        isKey: n.key === true,
        targetCount: n.target ?? null,
        depth: parent === null ? 0 : parent.depth + 1,
        sortOrder: i,
      };
      rows.push(row);
      walk(n.children ?? [], row);
    });
  };
  walk(t.segments, null);
  return rows;
}
