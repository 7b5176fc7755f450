// 建议招引 → 转为线索 from the map: the same lead the Analysis page's target list creates, then the
// existing lead form opens on it so the officer can add owner and next step. An existing lead for
// the same firm and segment is opened instead of creating a second one.
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';

/** The new lead reaches the map's analysis through the query cache (lead:create makes it stale). */
export function useTargetLead() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [lead, setLead] = useState<LeadRow | null>(null);
  const open = async (enterpriseId: number, segmentId: number, name: string) => {
    try {
      const existing = (await call('lead:list', { enterpriseId, segmentId }))[0];
      if (existing) {
        setLead(existing);
        return;
      }
      const created = await call('lead:create', { enterpriseId, segmentId });
      void message.success(t('analysis.target.created', { name }));
      setLead(created);
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  return {
    lead,
    open,
    close: () => {
      setLead(null);
    },
  };
}
