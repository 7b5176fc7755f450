// The wizard's progress while files are read and checked (real steps, polled from the core) or
// written (one synchronous transaction: the core cannot answer polls then, so the bar is animated
// and the count is the preview's, known up front).
import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ImportProgress } from '../../../shared/ipc/import-contract.js';
import { formatNumber } from '../../app/format.js';

type Props = {
  busy: 'reading' | 'committing';
  progress: ImportProgress | null;
  /** Records the commit will write (new + updated in the preview). */
  writeCount: number;
  onStop: () => void;
};

/**
 * Overall percent for the read → check → plan pipeline, by files read, then steps; null where no
 * honest figure exists (before the first answer, and while the only file is in the parser).
 */
function readPercent(p: ImportProgress | null): number | null {
  if (!p || (p.phase === 'reading' && (p.fileCount ?? 1) <= 1)) return null;
  const share = p.total ? (p.done ?? 0) / p.total : 0;
  if (p.phase === 'reading') return Math.round(share * 80);
  if (p.phase === 'checking') return 80 + Math.round(share * 10);
  if (p.phase === 'planning') return 90 + Math.round(share * 9);
  return null;
}

export function ImportProgressPanel({ busy, progress, writeCount, onStop }: Props) {
  const { t } = useTranslation();
  const p = progress;
  let text: string;
  if (busy === 'committing') {
    text =
      p?.phase === 'backup'
        ? t('import.progress.backup')
        : t('import.progress.writing', { count: formatNumber(writeCount) });
  } else if (p?.phase === 'reading') {
    text = t('import.progress.reading', {
      index: p.fileIndex ?? 1,
      count: p.fileCount ?? 1,
      file: p.file ?? '',
    });
  } else if (p?.phase === 'checking') {
    text = t('import.progress.checking', { rows: formatNumber(p.total ?? 0) });
  } else if (p?.phase === 'planning') {
    text = t('import.progress.planning', { count: formatNumber(p.total ?? 0) });
  } else text = t('import.progress.starting');
  const percent = busy === 'reading' ? readPercent(p) : null;
  return (
    <Flex vertical gap={8} data-testid="import-progress" data-phase={p?.phase ?? busy}>
      <Typography.Text>{text}</Typography.Text>
      {percent === null ? (
        // No figure (e.g. while the write transaction runs): a full, moving bar says "working", not "n %".
        <Progress percent={100} status="active" showInfo={false} />
      ) : (
        <Progress percent={percent} status="active" />
      )}
      {busy === 'committing' && (
        <Typography.Text type="secondary">{t('import.progress.writingNote')}</Typography.Text>
      )}
      {busy === 'reading' && (
        <Flex justify="center">
          <Button onClick={onStop}>{t('import.stopReading')}</Button>
        </Flex>
      )}
    </Flex>
  );
}
