// The one form that creates or edits a firm: every field the register shows, checked as it is typed
// by the shared zod schema (the same rules the api applies), the USCC's check character, and a
// warning with a link when the name or USCC may be a firm already in the workspace.
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
} from 'antd';
import type { Rule } from 'antd/es/form/index.js';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Messages } from '../../../shared/i18n/zh-CN.js';
import { EnterpriseStatusSchema, OwnershipSchema } from '../../../shared/domain/schemas.js';
import { validateUscc } from '../../../shared/domain/uscc.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useDebouncedValue } from '../../app/use-debounced-value.js';
import {
  blankFormValues,
  draftOf,
  fieldProblem,
  FLAG_TAGS,
  formValuesOf,
  messageIn,
  type EnterpriseFormValues,
  type FlagKey,
} from './enterprise-form-values.js';
import { invalidInputText } from './invalid-input.js';

type FieldKey = keyof Messages['enterpriseEdit']['fields'];

type Props = {
  /** null: closed; 'new': create; a number: edit that firm. */
  target: number | 'new' | null;
  onClose: () => void;
  /** After a save, with the firm's id (the register opens a new firm's drawer). */
  onSaved?: (id: number) => void;
  onOpenFirm: (id: number) => void;
  /** Offered on a duplicate warning while editing: merge this firm with the one found. */
  onMerge?: (ids: [number, number]) => void;
};

export function EnterpriseFormModal(props: Props) {
  const { t } = useTranslation();
  const { target, onClose } = props;
  const editable = useApi(
    'enterprise:editable',
    typeof target === 'number' ? { id: target } : null,
  );
  const name = editable.status === 'ready' ? editable.data.enterprise.name : '';
  const title =
    target === 'new' ? t('enterpriseEdit.createTitle') : t('enterpriseEdit.editTitle', { name });
  return (
    <Modal
      open={target !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={820}
      title={title}
    >
      {target === 'new' && <EnterpriseForm {...props} title={title} initial={blankFormValues()} />}
      {typeof target === 'number' && editable.status === 'error' && (
        <ErrorState error={editable.error} onRetry={editable.reload} />
      )}
      {typeof target === 'number' && editable.status === 'loading' && <LoadingState />}
      {typeof target === 'number' && editable.status === 'ready' && (
        <EnterpriseForm
          {...props}
          title={title}
          id={target}
          storedUscc={editable.data.enterprise.uscc}
          initial={formValuesOf(editable.data.enterprise, editable.data.aliases)}
        />
      )}
    </Modal>
  );
}

type FormProps = Props & {
  title: string;
  id?: number;
  storedUscc?: string | null;
  initial: EnterpriseFormValues;
};

function EnterpriseForm({
  id,
  storedUscc,
  initial,
  title,
  onClose,
  onSaved,
  onOpenFirm,
  onMerge,
}: FormProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [busy, setBusy] = useState(false);
  const lang = i18n.language;

  // The shared schema checks each field as it is typed; its messages carry both languages.
  const rule = (field: Parameters<typeof fieldProblem>[0]): Rule => ({
    validator: (_r, value: unknown) => {
      const problem = fieldProblem(field, value);
      return problem === undefined
        ? Promise.resolve()
        : Promise.reject(new Error(messageIn(problem, lang)));
    },
  });
  const usccRule: Rule = {
    validator: (_r, value: string | null | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const r = validateUscc(value);
      if (r.ok || (r.value !== undefined && r.value === storedUscc)) return Promise.resolve();
      const text =
        r.kind === 'checksum'
          ? t('enterpriseEdit.usccChecksum', { expected: r.expected ?? '' })
          : messageIn(r.message, lang);
      return Promise.reject(new Error(text));
    },
  };

  const typedName = (Form.useWatch('name', form) as string | undefined) ?? initial.name;
  const typedUscc = (Form.useWatch('uscc', form) as string | null | undefined) ?? initial.uscc;
  const query = useDebouncedValue(
    {
      ...(typedName.trim() ? { name: typedName.trim() } : {}),
      ...(typedUscc?.trim() ? { uscc: typedUscc.trim() } : {}),
      ...(id !== undefined ? { excludeId: id } : {}),
    },
    300,
  );
  const duplicates = useApi('enterprise:duplicates', query.name || query.uscc ? query : null);
  const found = duplicates.status === 'ready' ? duplicates.data : [];

  const save = async (values: EnterpriseFormValues) => {
    setBusy(true);
    try {
      const draft = draftOf(values);
      const out =
        id === undefined
          ? await call('enterprise:create', draft)
          : await call('enterprise:update', { id, draft });
      void message.success(
        t(id === undefined ? 'enterpriseEdit.created' : 'enterpriseEdit.saved', {
          name: values.name.trim(),
        }),
      );
      onSaved?.(out.id);
      onClose();
    } catch (e) {
      void message.error(invalidInputText(e, lang) ?? errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const item = (
    name: keyof EnterpriseFormValues,
    label: string,
    control: ReactNode,
    rules: Rule[] = [],
  ) => (
    <Form.Item name={name} label={label} rules={rules} style={{ flex: 1, minWidth: 170 }}>
      {control}
    </Form.Item>
  );
  const f = (k: FieldKey): string => t(`enterpriseEdit.fields.${k}`);
  const text = (k: keyof EnterpriseFormValues & Parameters<typeof fieldProblem>[0] & FieldKey) =>
    item(k, f(k), <Input aria-label={f(k)} allowClear />, [rule(k)]);

  return (
    <Form<EnterpriseFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void save(v)}
      aria-label={title}
      requiredMark={false}
    >
      <Flex gap={12} wrap>
        {item('name', f('name'), <Input aria-label={f('name')} autoFocus />, [rule('name')])}
        {item('uscc', f('uscc'), <Input aria-label={f('uscc')} allowClear maxLength={40} />, [
          usccRule,
        ])}
      </Flex>
      {found.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="duplicate-warning"
          title={t('enterpriseEdit.duplicate.title')}
          description={
            <Flex vertical gap={4}>
              {found.map((d) => (
                <Flex key={d.id} gap={8} align="center" wrap>
                  <span>
                    {d.name}（{t(`enterpriseEdit.duplicate.${d.reason}`)}）
                  </span>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => {
                      onClose();
                      onOpenFirm(d.id);
                    }}
                  >
                    {t('enterpriseEdit.duplicate.open')}
                  </Button>
                  {id !== undefined && onMerge && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => {
                        onClose();
                        onMerge([id, d.id]);
                      }}
                    >
                      {t('enterpriseEdit.duplicate.merge')}
                    </Button>
                  )}
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
      {item(
        'aliases',
        f('aliases'),
        <Select
          mode="tags"
          aria-label={f('aliases')}
          open={false}
          tokenSeparators={['，', ',']}
          placeholder={f('aliasesHint')}
        />,
        [rule('aliases')],
      )}
      <Flex gap={12} wrap>
        {item(
          'isLocal',
          f('locality'),
          <Radio.Group
            aria-label={f('locality')}
            options={[
              { value: true, label: t('common.local') },
              { value: false, label: t('common.outside') },
            ]}
          />,
        )}
        {item(
          'status',
          f('status'),
          <Select
            aria-label={f('status')}
            options={EnterpriseStatusSchema.options.map((s) => ({
              value: s,
              label: t(`enterpriseStatus.${s}`),
            }))}
          />,
        )}
        {item(
          'ownership',
          f('ownership'),
          <Select
            aria-label={f('ownership')}
            allowClear
            options={OwnershipSchema.options.map((s) => ({ value: s, label: t(`ownership.${s}`) }))}
          />,
        )}
      </Flex>
      <Flex gap={12} wrap>
        {text('park')}
        {text('grid')}
        {text('responsiblePerson')}
      </Flex>
      <Flex gap={12} wrap>
        {text('province')}
        {text('city')}
        {text('country')}
        {text('investorCountry')}
      </Flex>
      <Flex gap={12} wrap>
        {item(
          'revenue',
          f('revenue'),
          <InputNumber aria-label={f('revenue')} style={{ width: '100%' }} />,
          [rule('revenue')],
        )}
        {item(
          'employees',
          f('employees'),
          <InputNumber aria-label={f('employees')} style={{ width: '100%' }} />,
          [rule('employees')],
        )}
        {item(
          'founded',
          f('founded'),
          <InputNumber aria-label={f('founded')} style={{ width: '100%' }} />,
          [rule('founded')],
        )}
      </Flex>
      <Flex gap={12} wrap align="end">
        <Form.Item name="isAboveScale" valuePropName="checked" label={f('flags')}>
          <Checkbox>{f('aboveScale')}</Checkbox>
        </Form.Item>
        <Form.Item name="flags" label=" " style={{ flex: 1 }}>
          <Checkbox.Group
            options={(Object.keys(FLAG_TAGS) as FlagKey[]).map((k) => ({
              value: k,
              label: t(`enterpriseEdit.flag.${k}`),
            }))}
          />
        </Form.Item>
      </Flex>
      {item(
        'tags',
        f('tags'),
        <Select
          mode="tags"
          aria-label={f('tags')}
          open={false}
          tokenSeparators={['，', ',', '、']}
          placeholder={f('tagsHint')}
        />,
        [rule('tags')],
      )}
      {item(
        'mainProducts',
        f('mainProducts'),
        <Input.TextArea aria-label={f('mainProducts')} rows={2} />,
        [rule('mainProducts')],
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('enterpriseEdit.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('enterpriseEdit.save')}
        </Button>
      </Flex>
    </Form>
  );
}
