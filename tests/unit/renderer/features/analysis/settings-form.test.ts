// The settings form takes its limits from the contract and sends only the settings that changed.
import { describe, expect, it } from 'vitest';

import {
  AnalysisSettingsPatchSchema,
  DEFAULT_SETTINGS,
} from '../../../../../shared/analysis/input.js';
import {
  cleanTags,
  settingLimits,
  settingsPatch,
} from '../../../../../renderer/features/analysis/settings-form.js';

describe('settingLimits', () => {
  it('matches what the contract accepts at both ends', () => {
    for (const field of ['defaultTargetCount', 'criticalFirmCount', 'targetsPerSegment'] as const) {
      const { min, max } = settingLimits(field);
      const ok = (v: number) => AnalysisSettingsPatchSchema.safeParse({ [field]: v }).success;
      expect([ok(min - 1), ok(min), ok(max), ok(max + 1)]).toEqual([false, true, true, false]);
    }
    expect(settingLimits('defaultTargetCount')).toEqual({ min: 0, max: 1000 });
  });
});

describe('settingsPatch', () => {
  it('is empty when nothing changed, even with tags typed again with spaces', () => {
    expect(
      settingsPatch(DEFAULT_SETTINGS, {
        ...DEFAULT_SETTINGS,
        qualifyingTags: [' 高新技术企业 ', ''],
      }),
    ).toEqual({});
  });

  it('holds the changed numbers and the cleaned tag list', () => {
    expect(
      settingsPatch(DEFAULT_SETTINGS, {
        ...DEFAULT_SETTINGS,
        defaultTargetCount: 3,
        qualifyingTags: ['高新技术企业', '专精特新', '专精特新'],
      }),
    ).toEqual({ defaultTargetCount: 3, qualifyingTags: ['高新技术企业', '专精特新'] });
  });
});

describe('cleanTags', () => {
  it('trims, drops blanks and repeats, keeps the order', () => {
    expect(cleanTags([' 上市', '', '上市', '小巨人 '])).toEqual(['上市', '小巨人']);
  });
});
