// Merging two records of one firm: the two side by side, which record is kept, and per field whose
// value it keeps (tags can keep both); says what moves and how links join before anything is written.
import { Alert, App, Button, Flex, Modal, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { defaultPick, type MergeFieldName } from '../../../shared/domain/enterprise-merge.js';
import type { Enterprise } from '../../../shared/domain/schemas.js';
import { MERGE_FIELDS, type MergePick } from '../../../shared/ipc/enterprise-edit-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { formatNumber } from '../../app/format.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';

type Props = {
  ids: [number, number] | null;
  onClose: () => void;
  onMerged?: (survivorId: number) => void;
};

export function MergeDialog({ ids, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const a = useApi('enterprise:editable', ids ? { id: ids[0] } : null);
  const b = useApi('enterprise:editable', ids ? { id: ids[1] } : null);
  const failed = a.status === 'error' ? a : b.status === 'error' ? b : undefined;
  return (
    <Modal
      open={ids !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={900}
      title={t('enterpriseEdit.mergeDialog.title')}
    >
      {failed && <ErrorState error={failed.error} onRetry={failed.reload} />}
      {!failed && (a.status !== 'ready' || b.status !== 'ready') && <LoadingState />}
      {a.status === 'ready' && b.status === 'ready' && (
        <MergeForm a={a.data} b={b.data} onClose={onClose} onMerged={onMerged} />
      )}
    </Modal>
  );
}

type Record_ = {
  enterprise: Enterprise;
  impact: { links: number; mappings: number; leads: number };
};
type Side = 'a' | 'b' | 'both';

function MergeForm({
  a,
  b,
  onClose,
  onMerged,
}: {
  a: Record_;
  b: Record_;
  onClose: () => void;
  onMerged?: ((id: number) => void) | undefined;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [survivor, setSurvivor] = useState<'a' | 'b'>('a');
  const [picks, setPicks] = useState<Record<MergeFieldName, Side>>(
    () =>
      Object.fromEntries(
        MERGE_FIELDS.map((f) => {
          const p = defaultPick(f, a.enterprise, b.enterprise);
          return [f, p === 'both' ? 'both' : p === 'survivor' ? 'a' : 'b'];
        }),
      ) as Record<MergeFieldName, Side>,
  );
  const [busy, setBusy] = useState(false);
  const kept = survivor === 'a' ? a : b;
  const other = survivor === 'a' ? b : a;

  const label = (f: MergeFieldName): string =>
    f === 'isLocal'
      ? t('enterpriseEdit.fields.locality')
      : f === 'isAboveScale'
        ? t('enterpriseEdit.fields.aboveScale')
        : t(`enterpriseEdit.fields.${f}`);
  const show = (e: Enterprise, f: MergeFieldName): string => {
    const v = e[f];
    if (v === null || (Array.isArray(v) && v.length === 0) || v === '')
      return t('enterpriseEdit.mergeDialog.empty');
    if (f === 'isLocal') return v ? t('common.local') : t('common.outside');
    if (f === 'ownership') return t(`ownership.${e.ownership ?? 'other'}`);
    if (f === 'status') return t(`enterpriseStatus.${e.status}`);
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'number') return f === 'founded' ? String(v) : formatNumber(v);
    if (Array.isArray(v)) return v.join('、');
    return v;
  };

  const merge = async () => {
    setBusy(true);
    try {
      const toPick = (s: Side): MergePick =>
        s === 'both' ? 'both' : s === survivor ? 'survivor' : 'other';
      const r = await call('enterprise:merge', {
        survivorId: kept.enterprise.id,
        otherId: other.enterprise.id,
        picks: Object.fromEntries(MERGE_FIELDS.map((f) => [f, toPick(picks[f])])),
      });
      void message.success(
        t('enterpriseEdit.mergeDialog.done', {
          combined: r.combinedLinks,
          moved: r.movedLinks,
          dropped: r.droppedSelfLinks,
        }),
      );
      onMerged?.(r.survivorId);
      onClose();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const cell = (f: MergeFieldName, side: 'a' | 'b') => (
    <Radio
      checked={picks[f] === side}
      onChange={() => {
        setPicks({ ...picks, [f]: side });
      }}
      aria-label={`${label(f)} ${side.toUpperCase()}`}
    >
      {show(side === 'a' ? a.enterprise : b.enterprise, f)}
    </Radio>
  );

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Typography.Text strong>{t('enterpriseEdit.mergeDialog.survivor')}</Typography.Text>
        <Radio.Group
          aria-label={t('enterpriseEdit.mergeDialog.survivor')}
          value={survivor}
          onChange={(e) => {
            setSurvivor(e.target.value as 'a' | 'b');
          }}
          options={[
            {
              value: 'a',
              label: `${t('enterpriseEdit.mergeDialog.recordA')}：${a.enterprise.name}`,
            },
            {
              value: 'b',
              label: `${t('enterpriseEdit.mergeDialog.recordB')}：${b.enterprise.name}`,
            },
          ]}
        />
      </Flex>
      <Table<{ field: MergeFieldName }>
        size="small"
        bordered
        pagination={false}
        rowKey="field"
        scroll={{ y: 380 }}
        dataSource={MERGE_FIELDS.map((field) => ({ field }))}
        columns={[
          {
            title: t('enterpriseEdit.mergeDialog.field'),
            width: 150,
            render: (_v, r) => label(r.field),
          },
          { title: t('enterpriseEdit.mergeDialog.recordA'), render: (_v, r) => cell(r.field, 'a') },
          { title: t('enterpriseEdit.mergeDialog.recordB'), render: (_v, r) => cell(r.field, 'b') },
          {
            title: t('enterpriseEdit.mergeDialog.both'),
            width: 90,
            render: (_v, r) =>
              r.field === 'tags' ? (
                <Radio
                  checked={picks.tags === 'both'}
                  onChange={() => {
                    setPicks({ ...picks, tags: 'both' });
                  }}
                  aria-label={t('enterpriseEdit.mergeDialog.both')}
                />
              ) : null,
          },
        ]}
      />
      <Alert
        type="info"
        showIcon
        title={t('enterpriseEdit.mergeDialog.moves', {
          ...other.impact,
          other: other.enterprise.name,
          survivor: kept.enterprise.name,
        })}
        description={t('enterpriseEdit.mergeDialog.rules')}
      />
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('enterpriseEdit.cancel')}</Button>
        <Button type="primary" danger loading={busy} onClick={() => void merge()}>
          {t('enterpriseEdit.mergeDialog.ok')}
        </Button>
      </Flex>
    </Flex>
  );
}
