// Finds a firm on the map by name or pinyin (full or initials, "xs" for 小松) and reports the pick,
// so the map can centre on it.
import { AutoComplete, Input } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MapFirm } from '../../../shared/maps/chain-model.js';
import { isPinyinQuery, pinyinSearchForms } from '../../../shared/text/pinyin.js';

type Entry = { id: number; name: string; full: string; initials: string };

export function FirmSearch({
  firms,
  onPick,
}: {
  firms: readonly MapFirm[];
  onPick: (id: number) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // Pinyin forms are computed once per chain, when the box is first used.
  const [index, setIndex] = useState<Entry[] | null>(null);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q === '' || index === null) return [];
    const pinyin = isPinyinQuery(q);
    return index
      .filter(
        (e) =>
          e.name.toLowerCase().includes(q) ||
          (pinyin && (e.initials.startsWith(q) || e.full.includes(q))),
      )
      .slice(0, 20);
  }, [query, index]);
  return (
    <AutoComplete
      style={{ width: 240 }}
      value={query}
      options={matches.map((e) => ({ value: String(e.id), label: e.name }))}
      onFocus={() => {
        if (index === null)
          setIndex(firms.map((f) => ({ id: f.id, name: f.name, ...pinyinSearchForms(f.name) })));
      }}
      showSearch={{ onSearch: setQuery }}
      onSelect={(value: string) => {
        const firm = firms.find((f) => String(f.id) === value);
        setQuery(firm?.name ?? '');
        onPick(Number(value));
      }}
    >
      <Input.Search
        aria-label={t('chainMap.search')}
        placeholder={t('chainMap.search')}
        allowClear
      />
    </AutoComplete>
  );
}
