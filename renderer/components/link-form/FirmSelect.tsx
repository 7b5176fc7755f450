// Picks a firm of the workspace by typing its name, a former name or its pinyin ("xs" for 小松): the
// register's own search (enterprise:list) answers, twenty at a time, as the user pauses typing.
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LocalityTag } from '../../app/LocalityTag.js';
import { useApi } from '../../app/use-api.js';
import { useDebouncedValue } from '../../app/use-debounced-value.js';

export type FirmRef = { id: number; name: string };

/** isLocal null: a firm known only by name (the one given before any search). */
type Option = { value: number; label: string; isLocal: boolean | null };

type Props = {
  id?: string;
  value?: number | null;
  onChange?: (id: number | null) => void;
  /** The firm shown for `value` before any search (the link's current firm). */
  initial?: FirmRef | null;
  /** A firm that cannot be chosen here (the other end of the link). */
  exclude?: number | null;
  disabled?: boolean;
  /** Told the chosen firm with its name (the form's value is only the id). */
  onPick?: (firm: FirmRef | null) => void;
  'aria-label'?: string;
};

export function FirmSelect(props: Props) {
  const { id, value, onChange, initial, exclude, disabled, onPick } = props;
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query.trim(), 250);
  const found = useApi('enterprise:list', settled === '' ? null : { query: settled, limit: 20 });
  const rows =
    found.status === 'ready'
      ? found.data.rows
      : found.status === 'loading'
        ? (found.previous?.rows ?? [])
        : [];
  const [picked, setPicked] = useState<FirmRef | null>(initial ?? null);
  const options = rows
    .filter((r) => r.id !== exclude)
    .map((r): Option => ({ value: r.id, label: r.name, isLocal: r.isLocal }));
  // The chosen firm stays labelled by its name after the search text changes.
  if (picked && value === picked.id && !options.some((o) => o.value === picked.id))
    options.unshift({ value: picked.id, label: picked.name, isLocal: null });
  return (
    <Select<number>
      id={id}
      aria-label={props['aria-label']}
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      allowClear
      disabled={disabled}
      value={value ?? undefined}
      placeholder={t('linkEdit.firmSearch')}
      notFoundContent={
        found.status === 'loading' ? (
          <Spin size="small" />
        ) : settled === '' ? null : (
          t('linkEdit.noFirm')
        )
      }
      options={options}
      optionRender={(o) => {
        const d = o.data as Option;
        return (
          <span>
            {d.label} {d.isLocal !== null && <LocalityTag isLocal={d.isLocal} />}
          </span>
        );
      }}
      // Cleared: antd answers undefined.
      onChange={(v: number | undefined) => {
        const option = options.find((o) => o.value === v);
        const firm = option ? { id: option.value, name: option.label } : null;
        setPicked(firm);
        onPick?.(firm);
        setQuery('');
        onChange?.(v ?? null);
      }}
    />
  );
}
