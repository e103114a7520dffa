import { Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowRight, IconSearch, type IconUser } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useIsPhone } from '../../../ui/useIsPhone';
import type { SearchHit } from '../../records/record-types';
import { useFocusShortcut } from '../hooks/useFocusShortcut';
import { useGlobalSearch } from '../hooks/useGlobalSearch';
import { useRecentRecords } from '../hooks/useRecentRecords';
import { resultsPath, SEARCH_KINDS } from '../search-kinds';
import '../global-search.css';

/** The option after the hits that opens the results page. */
const ALL_RESULTS = 'all-results';

/** The records opened last, offered in the empty box: as many as the hits of a query. */
const RECENT_SHOWN = 8;

/** The hits' least width: nearly the whole screen on a phone, wider than the box on a narrow window. */
const RESULTS_MIN_WIDTH = 'min(calc(100vw - 1rem), 26.25rem)';

/**
 * One box in the header over people and companies: "/" or Ctrl+K to focus, arrows to move through the
 * hits, Enter to open one. The first hit is preselected, so typing then Enter opens the best match.
 * Before anything is typed it offers the records the member opened last.
 */
export function GlobalSearch() {
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 150);
  const search = useGlobalSearch(q);
  // Asked for once the box is first focused, not on every page that shows the header.
  const [wasFocused, setWasFocused] = useState(false);
  const recent = useRecentRecords(RECENT_SHOWN, { enabled: wasFocused });
  useFocusShortcut(inputRef);
  const typed = text.trim().length > 0;
  // An earlier query's hits are kept while the next is on its way, never shown in the emptied box.
  const hits = typed ? (search.data?.best ?? []) : [];
  const recents = typed ? [] : (recent.data?.data ?? []);
  // Groups in the order of their best hit: the preselected first option is then the best match.
  const rank = (type: string) => hits.findIndex((hit) => hit.type === type);
  const byGroup = SEARCH_KINDS.map((group) => ({ ...group, hits: hits.filter((h) => h.type === group.type) }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => rank(a.type) - rank(b.type));

  // The hits shown stay those of the last query while the one typed since is on its way.
  const current = search.isSuccess && !search.isPlaceholderData && q.trim() === text.trim();
  // What was typed when Enter was pressed on an earlier query's hits: its best hit opens once in.
  const enterPendingFor = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reselect whenever new hits arrive
  useEffect(() => {
    if (hits.length > 0) combobox.selectFirstOption();
    if (!current || enterPendingFor.current !== q.trim()) return;
    enterPendingFor.current = null;
    const best = byGroup[0]?.hits[0];
    if (best) open(`${best.type}:${best.id}`);
  }, [search.data, current]);

  const open = (value: string) => {
    const [type, id] = value.split(':');
    const group = SEARCH_KINDS.find((g) => g.type === type);
    if (value === ALL_RESULTS) navigate(resultsPath(text));
    else if (group && id) navigate(`${group.path}/${id}`);
    else return;
    setText('');
    combobox.closeDropdown();
    inputRef.current?.blur();
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={open}
      withinPortal
      position="bottom-start"
      width="target"
      // Wider than the box on a phone: slid back onto the screen rather than flipped to its right edge.
      middlewares={{ flip: { crossAxis: false }, shift: { mainAxis: true, padding: 8 } }}
    >
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          aria-label="Search people and companies"
          // A phone's header leaves the box a few words: the short one reads whole.
          placeholder={isPhone ? 'Search' : 'Search people and companies'}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            search.isFetching ? (
              <Loader size="xs" />
            ) : (
              <Kbd size="xs" visibleFrom="sm">
                /
              </Kbd>
            )
          }
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            enterPendingFor.current = null;
            combobox.openDropdown();
          }}
          onFocus={() => {
            setWasFocused(true);
            combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            // Runs before the combobox's own Enter, which would open the selected hit of an earlier query.
            if (event.key === 'Enter' && typed && !current) {
              combobox.resetSelectedOption();
              enterPendingFor.current = text.trim();
            }
            if (event.key === 'Escape') {
              setText('');
              inputRef.current?.blur();
            }
          }}
          className="global-search"
        />
      </Combobox.Target>
      {/* At least the screen's width on a phone, where the box in the header is narrow: names read whole. */}
      <Combobox.Dropdown hidden={!typed && recents.length === 0} miw={RESULTS_MIN_WIDTH}>
        <Combobox.Options aria-label={typed ? 'Search results' : 'Recently viewed'}>
          {recents.length > 0 && (
            <Combobox.Group label="Recently viewed">
              {recents.map((record) => (
                <SearchOption key={`${record.type}:${record.id}`} hit={record} Icon={iconOf(record.type)} />
              ))}
            </Combobox.Group>
          )}
          {byGroup.map((group) => (
            <Combobox.Group key={group.type} label={group.label}>
              {group.hits.map((hit) => (
                <SearchOption key={hit.id} hit={hit} Icon={group.Icon} />
              ))}
            </Combobox.Group>
          ))}
          {typed && search.isSuccess && hits.length === 0 && (
            <Combobox.Empty>Nothing found for “{q}”</Combobox.Empty>
          )}
          {current && hits.length > 0 && (
            <Combobox.Option value={ALL_RESULTS} className="global-search-all">
              <Group gap="sm" wrap="nowrap">
                <IconArrowRight size={16} aria-hidden style={{ flexShrink: 0 }} />
                <Text size="sm">See all results for “{q.trim()}”</Text>
              </Group>
            </Combobox.Option>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

const iconOf = (type: string) => SEARCH_KINDS.find((kind) => kind.type === type)?.Icon ?? IconSearch;

function SearchOption({
  hit,
  Icon,
}: {
  hit: Pick<SearchHit, 'type' | 'id' | 'title' | 'subtitle'>;
  Icon: typeof IconUser;
}) {
  return (
    <Combobox.Option value={`${hit.type}:${hit.id}`} aria-label={hit.title}>
      <Group gap="sm" wrap="nowrap">
        <Icon size={16} aria-hidden style={{ flexShrink: 0 }} />
        <div style={{ minWidth: 0 }}>
          <Text size="sm" truncate>
            {hit.title}
          </Text>
          {hit.subtitle && (
            // Not "dimmed": grey on the highlighted option's blue could not be read.
            <Text size="xs" truncate style={{ opacity: 0.75 }}>
              {hit.subtitle}
            </Text>
          )}
        </div>
      </Group>
    </Combobox.Option>
  );
}
