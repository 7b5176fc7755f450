// What the draw-a-link mode shows besides the canvas: the hint line for the current step (or why the
// last click was refused), the question when links already join the two firms, and the link form
// prefilled with supplier and buyer. Saving goes through the form's own api call (undoable).
import { Button, Flex, List, Modal, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../app/format.js';
import { LinkFormModal, type LinkFormTarget } from '../../../components/link-form/LinkFormModal.js';
import type { DrawState } from './draw-link-state.js';
import type { DrawLink } from './use-draw-link.js';

export function DrawLinkPanel({ draw }: { draw: DrawLink }) {
  const { t } = useTranslation();
  const { state, dispatch } = draw;
  const close = () => {
    dispatch({ type: 'closed' });
  };
  // One target object per form opening: the form resets its fields when the target changes.
  const target = useMemo((): LinkFormTarget | null => {
    if (state.step !== 'form') return null;
    const { supplier, buyer, edit } = state;
    return edit ? { kind: 'edit', link: edit, supplier, buyer } : { kind: 'new', supplier, buyer };
  }, [state]);
  return (
    <>
      <Hint state={state} />
      <Modal
        open={state.step === 'existing'}
        title={t('drawLink.existingTitle')}
        onCancel={close}
        okText={t('drawLink.addAnother')}
        onOk={() => {
          dispatch({ type: 'addAnother' });
        }}
      >
        {state.step === 'existing' && (
          <Flex vertical gap={8} data-testid="draw-link-existing">
            <Typography.Text>
              {t('drawLink.existingBody', {
                supplier: state.supplier.name,
                buyer: state.buyer.name,
                count: state.links.length,
              })}
            </Typography.Text>
            <List
              size="small"
              bordered
              dataSource={state.links}
              renderItem={(l) => (
                <List.Item
                  actions={[
                    <Button
                      key="edit"
                      size="small"
                      onClick={() => {
                        dispatch({ type: 'editExisting', link: l });
                      }}
                    >
                      {t('drawLink.editThis')}
                    </Button>,
                  ]}
                >
                  {l.product ?? '—'} · {l.segmentName ?? t('linkEdit.noSegment')} ·{' '}
                  {formatNumber(l.amount)} · {t(`linkSource.${l.source}`)}
                  {l.yearFrom !== null || l.yearTo !== null
                    ? ` · ${String(l.yearFrom ?? '')}–${String(l.yearTo ?? '')}`
                    : ''}
                </List.Item>
              )}
            />
          </Flex>
        )}
      </Modal>
      <LinkFormModal target={target} onClose={close} />
    </>
  );
}

function Hint({ state }: { state: DrawState }) {
  const { t } = useTranslation();
  if (state.step === 'off') return null;
  const refusal = state.step === 'supplier' || state.step === 'buyer' ? state.refusal : null;
  const text =
    state.step === 'supplier'
      ? t('drawLink.pickSupplier')
      : state.step === 'buyer'
        ? t('drawLink.pickBuyer', { name: state.supplier.name })
        : t('drawLink.checking', { supplier: state.supplier.name, buyer: state.buyer.name });
  return (
    <Flex vertical gap={2} data-testid="draw-link-hint" data-step={state.step}>
      <Typography.Text strong style={{ color: '#d4380d' }}>
        {text}
      </Typography.Text>
      {refusal && (
        <Typography.Text type="warning" data-testid="draw-link-refusal">
          {t(`drawLink.${refusal.kind}`, { name: refusal.name })}
        </Typography.Text>
      )}
    </Flex>
  );
}
