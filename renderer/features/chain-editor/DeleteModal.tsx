// Deleting a cluster, chain or segment: says first exactly what happens (counted by the core before
// anything is written) to its chains, sub-segments, 挂链, links, leads and parks, and for a segment
// with sub-segments offers to keep them (they move up one level into its place).
import { Alert, Checkbox, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { DeleteImpact, TaxonomyKind } from '../../../shared/ipc/taxonomy-edit-contract.js';
import { call } from '../../api.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useEditCall } from './use-edit-call.js';

export type DeleteTarget = { kind: TaxonomyKind; id: number };

/** The consequences as sentences, in the order a person reads them. */
function consequences(i: DeleteImpact, keep: boolean, t: TFunction): string[] {
  const out: string[] = [];
  if (i.kind === 'cluster' && i.chains > 0)
    out.push(t('chainEditor.impact.chains', { count: i.chains }));
  if (i.childNames.length > 0)
    out.push(
      t(keep ? 'chainEditor.impact.childrenKept' : 'chainEditor.impact.children', {
        names: i.childNames.join('、'),
      }),
    );
  if (i.segments > 0) out.push(t('chainEditor.impact.segments', { count: i.segments }));
  if (i.mappings > 0)
    out.push(
      t('chainEditor.impact.mappings', {
        mappings: i.mappings,
        firms: i.firms,
        unmapped: i.firmsUnmapped,
      }),
    );
  if (i.links > 0) out.push(t('chainEditor.impact.links', { count: i.links }));
  if (i.leads > 0) out.push(t('chainEditor.impact.leads', { count: i.leads }));
  if (i.parks > 0) out.push(t('chainEditor.impact.parks', { count: i.parks }));
  if (i.mappings + i.links + i.leads === 0) out.push(t('chainEditor.impact.nothing'));
  return out;
}

export function DeleteModal({
  target,
  onClose,
  onDeleted,
}: {
  target: DeleteTarget | null;
  onClose: () => void;
  onDeleted: (target: DeleteTarget) => void;
}) {
  const { t } = useTranslation();
  const run = useEditCall();
  // Ticked for one target only: another delete opens with the box clear.
  const [keptFor, setKeptFor] = useState<DeleteTarget | null>(null);
  const keep = keptFor !== null && keptFor === target;
  const [busy, setBusy] = useState(false);
  const impact = useApi(
    'taxonomy:impact',
    target ? { kind: target.kind, id: target.id, keepChildren: keep } : null,
  );
  const data =
    impact.status === 'ready'
      ? impact.data
      : impact.status === 'loading'
        ? impact.previous
        : undefined;

  const remove = async () => {
    if (!target || !data) return;
    setBusy(true);
    const ok = await run(
      () => {
        if (target.kind === 'cluster') return call('cluster:delete', { id: target.id });
        if (target.kind === 'chain') return call('chain:delete', { id: target.id });
        return call('segment:delete', { id: target.id, keepChildren: keep });
      },
      t('chainEditor.deleted', { name: data.name }),
    );
    setBusy(false);
    if (ok) {
      onDeleted(target);
      onClose();
    }
  };

  return (
    <Modal
      open={target !== null}
      title={
        data && target
          ? t('chainEditor.deleteTitle', {
              what: t(`chainEditor.what.${target.kind}`),
              name: data.name,
            })
          : ' '
      }
      onCancel={onClose}
      onOk={() => void remove()}
      okText={t('chainEditor.delete')}
      okButtonProps={{ danger: true, disabled: !data, loading: busy }}
      destroyOnHidden
    >
      {impact.status === 'error' && <ErrorState error={impact.error} onRetry={impact.reload} />}
      {!data && impact.status !== 'error' && <LoadingState />}
      {data && (
        <div data-testid="delete-impact">
          <Typography.Paragraph strong>{t('chainEditor.impact.heading')}</Typography.Paragraph>
          <List
            size="small"
            dataSource={consequences(data, keep, t)}
            renderItem={(line) => <List.Item>{line}</List.Item>}
          />
          {target?.kind === 'segment' && data.childNames.length > 0 && (
            <Checkbox
              style={{ marginTop: 12 }}
              checked={keep}
              onChange={(e) => {
                setKeptFor(e.target.checked ? target : null);
              }}
            >
              {t('chainEditor.impact.keepChildren')}
            </Checkbox>
          )}
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            title={t('chainEditor.impact.backup')}
          />
        </div>
      )}
    </Modal>
  );
}
