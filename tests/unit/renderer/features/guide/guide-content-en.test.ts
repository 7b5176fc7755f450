// The English guide keeps step with the Chinese one: the same sections in the same order, each with
// as many paragraphs and the same picture, so a section added in one language is missed in neither.
import { describe, expect, it } from 'vitest';

import { GUIDE_EN } from '../../../../../renderer/features/guide/guide-content-en.js';
import { GUIDE } from '../../../../../renderer/features/guide/guide-content.js';

const shape = (sections: typeof GUIDE) =>
  sections.map((s) => ({ id: s.id, paragraphs: s.paragraphs.length, image: s.image?.src }));

describe('the English guide', () => {
  it('has every Chinese section, in order, with the same pictures and paragraph count', () => {
    expect(shape(GUIDE_EN)).toEqual(shape(GUIDE));
  });

  it('is written in English: no section or paragraph left in Chinese only', () => {
    for (const s of GUIDE_EN) {
      expect(s.title).toMatch(/^\d\. [A-Z]/);
      // Chinese appears only as the app's own labels, never as the bulk of a paragraph.
      for (const p of s.paragraphs)
        expect(p.replace(/[^\u4e00-\u9fff]/g, '').length).toBeLessThan(p.length / 4);
    }
  });
});
