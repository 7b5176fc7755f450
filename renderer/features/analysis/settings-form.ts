// Pure helpers of the analysis-settings form: the limits of each number (read from the contract's
// schema, so the form and the host never disagree), tag clean-up and the patch of changed fields.
import {
  AnalysisSettingsPatchSchema,
  type AnalysisSettings,
} from '../../../shared/analysis/input.js';

export const NUMBER_SETTINGS = [
  'defaultTargetCount',
  'criticalFirmCount',
  'targetsPerSegment',
  'coverageTarget',
  'localRateTarget',
] as const;
export type NumberSetting = (typeof NUMBER_SETTINGS)[number];

/** min/max of each numeric setting as the contract validates it. */
export function settingLimits(field: NumberSetting): { min: number; max: number } {
  const schema = AnalysisSettingsPatchSchema.shape[field].unwrap();
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** Trimmed, without blanks or repeats, in the order typed. */
export const cleanTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0)),
];

/** Only the settings that differ from the current ones (nothing to send when nothing changed). */
export function settingsPatch(
  current: AnalysisSettings,
  values: AnalysisSettings,
): Partial<AnalysisSettings> {
  const patch: Partial<AnalysisSettings> = {};
  for (const f of NUMBER_SETTINGS) if (values[f] !== current[f]) patch[f] = values[f];
  const tags = cleanTags(values.qualifyingTags);
  if (tags.join('\u0000') !== current.qualifyingTags.join('\u0000')) patch.qualifyingTags = tags;
  return patch;
}
