// A coloured tag for a segment state (缺链/断链/弱链/强链).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SegmentState } from '../../../shared/analysis/schemas.js';
import { STATE_COLOR } from './state-style.js';

export function StateTag({ state }: { state: SegmentState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} data-state={state}>
      {t(`analysis.state.${state}`)}
    </Tag>
  );
}
