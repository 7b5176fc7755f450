// The thresholds a workspace can change for its analysis (stored in its `setting` table), and the
// tag weights of the target list. Pure data, no I/O.
import { z } from 'zod';

const settingFields = {
  /** Local firms a leaf segment needs to be 强链 when the segment sets no target of its own. */
  defaultTargetCount: z.number().int().min(0).max(1000),
  /** A local firm with one of these tags (or the 规上 flag) counts as a quality firm for 弱链. */
  qualifyingTags: z.array(z.string().min(1).max(50)).max(50),
  /** How many firms the "critical firms by betweenness" list shows. */
  criticalFirmCount: z.number().int().min(1).max(500),
  /** Target rows kept per gap segment. */
  targetsPerSegment: z.number().int().min(1).max(1000),
  /** The zone's goals, in percent, that the completeness and local-rate charts measure against. */
  coverageTarget: z.number().int().min(0).max(100),
  localRateTarget: z.number().int().min(0).max(100),
};

export const AnalysisSettingsSchema = z.object({
  defaultTargetCount: settingFields.defaultTargetCount.default(2),
  qualifyingTags: settingFields.qualifyingTags.default(['高新技术企业']),
  criticalFirmCount: settingFields.criticalFirmCount.default(10),
  targetsPerSegment: settingFields.targetsPerSegment.default(50),
  coverageTarget: settingFields.coverageTarget.default(80),
  localRateTarget: settingFields.localRateTarget.default(50),
});
/** A change to some settings: only the fields given (no defaults filled in). */
export const AnalysisSettingsPatchSchema = z.object(settingFields).partial().strict();
export type AnalysisSettings = z.infer<typeof AnalysisSettingsSchema>;

export const DEFAULT_SETTINGS: AnalysisSettings = AnalysisSettingsSchema.parse({});

/** Setting keys in the workspace's `setting` table, one per field, values as JSON. */
export const SETTING_KEYS = {
  defaultTargetCount: 'analysis.defaultTargetCount',
  qualifyingTags: 'analysis.qualifyingTags',
  criticalFirmCount: 'analysis.criticalFirmCount',
  targetsPerSegment: 'analysis.targetsPerSegment',
  coverageTarget: 'analysis.coverageTarget',
  localRateTarget: 'analysis.localRateTarget',
} as const satisfies Record<keyof AnalysisSettings, string>;

/** Tag weights used to break ties in the target list (higher first). */
export const TAG_WEIGHTS: readonly { tags: readonly string[]; weight: number }[] = [
  { tags: ['世界500强'], weight: 5 },
  { tags: ['中国500强'], weight: 4 },
  { tags: ['上市'], weight: 3 },
  { tags: ['专精特新', '小巨人', '专精特新小巨人'], weight: 2 },
  { tags: ['高新技术企业'], weight: 1 },
];

export function tagWeight(tags: readonly string[]): number {
  let best = 0;
  for (const t of TAG_WEIGHTS)
    if (t.weight > best && tags.some((x) => t.tags.includes(x))) best = t.weight;
  return best;
}
