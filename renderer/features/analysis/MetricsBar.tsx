// Coverage and local supporting rates of a chain or cluster, each with its formula under the number.
import { Card, Flex, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Coverage, LocalRate } from '../../../shared/analysis/schemas.js';
import { pctText } from './state-style.js';

type Props = {
  title: string;
  /** Shown instead of the plain title (a link to the firm), which still names the card. */
  titleNode?: ReactNode;
  coverage?: Coverage;
  localRate: LocalRate;
};

export function MetricsBar({ title, titleNode, coverage, localRate }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const items = [
    ...(coverage
      ? [{ label: t('analysis.coverage'), value: coverage.rate, formula: coverage.formula[lang] }]
      : []),
    {
      label: t('analysis.rateByCount'),
      value: localRate.byCount,
      formula: localRate.countFormula[lang],
    },
    {
      label: t('analysis.rateByAmount'),
      value: localRate.byAmount,
      formula: localRate.amountFormula[lang],
    },
  ];
  return (
    <Card size="small" title={titleNode ?? title} aria-label={title}>
      <Flex gap={24} wrap>
        {items.map((m) => (
          <Flex key={m.label} vertical style={{ minWidth: 220, flex: 1 }}>
            <Statistic title={m.label} value={pctText(m.value)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.formula}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
