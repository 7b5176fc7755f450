// Finds a firm of the current network by name, credit code or pinyin (full or initials: "xs" for
// 小松) through the enterprise search, and reports the pick so the page can open its group and centre it.
import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useApi } from '../../app/use-api.js';
import { useDebouncedValue } from '../../app/use-debounced-value.js';

type Props = {
  /** True when the firm is part of the current network (drawn or inside a collapsed group). */
  inNetwork: (firmId: number) => boolean;
  onPick: (firmId: number, name: string) => void;
};

export function NetworkSearch({ inNetwork, onPick }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), 200);
  const found = useApi('enterprise:list', q === '' ? null : { query: q, limit: 50 });
  const rows = found.status === 'ready' ? found.data.rows : [];
  const options = rows
    .filter((r) => inNetwork(r.id))
    .slice(0, 20)
    .map((r) => ({ value: String(r.id), label: r.name }));
  return (
    <AutoComplete
      style={{ width: 260 }}
      value={query}
      options={options}
      showSearch={{ onSearch: setQuery }}
      onSelect={(value: string) => {
        const row = rows.find((r) => String(r.id) === value);
        setQuery(row?.name ?? '');
        onPick(Number(value), row?.name ?? '');
      }}
    >
      <Input.Search aria-label={t('network.search')} placeholder={t('network.search')} allowClear />
    </AutoComplete>
  );
}
