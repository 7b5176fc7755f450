// Finds a firm of the current network by name, credit code or pinyin (full or initials: "xs" for
// 小松) through the enterprise search, asks the core where the found firms stand in this view (their
// group, behind its rest node or not), and reports the pick with that place so the page can open what
// hides it and centre it.
import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { GroupBy, NetworkFilter, FirmPlace } from '../../../shared/network/schemas.js';
import { useApi } from '../../app/use-api.js';
import { useDebouncedValue } from '../../app/use-debounced-value.js';

type Props = {
  /** The view searched: only its firms (drawn or not) are offered. */
  filter: NetworkFilter;
  groupBy: GroupBy;
  onPick: (firmId: number, name: string, place: FirmPlace) => void;
};

export function NetworkSearch({ filter, groupBy, onPick }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), 200);
  const found = useApi('enterprise:list', q === '' ? null : { query: q, limit: 50 });
  const rows = found.status === 'ready' ? found.data.rows : [];
  const located = useApi(
    'network:locate',
    rows.length === 0 ? null : { filter, groupBy, firmIds: rows.map((r) => r.id) },
  );
  const places = new Map(
    (located.status === 'ready' ? located.data : []).map((p) => [p.firmId, p]),
  );
  const options = rows
    .filter((r) => places.has(r.id))
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
        const place = places.get(Number(value));
        setQuery(row?.name ?? '');
        if (place) onPick(Number(value), row?.name ?? '', place);
      }}
    >
      <Input.Search aria-label={t('network.search')} placeholder={t('network.search')} allowClear />
    </AutoComplete>
  );
}
