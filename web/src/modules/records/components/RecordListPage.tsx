import { Alert, EmptyState, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { FilterButton } from '../../../ui/FilterButton';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { useIsPhone } from '../../../ui/useIsPhone';
import { countLabel } from '../count-label';
import { countConditions, withoutFields } from '../filter-model';
import { goneCustomFields } from '../gone-fields';
import { useCustomFieldDefinitions } from '../hooks/useCustomFieldDefinitions';
import { useGoneFields } from '../hooks/useGoneFields';
import { useListUrl } from '../hooks/useListUrl';
import { useListViewState } from '../hooks/useListViewState';
import { useRecordCount } from '../hooks/useRecordCount';
import { useRecordList } from '../hooks/useRecordList';
import { useRecordSelection } from '../hooks/useRecordSelection';
import type { RecordColumn, RecordListConfig } from '../record-list-config';
import type { CustomField, RecordObject, RecordOf } from '../record-types';
import { BulkActionBar } from './BulkActionBar';
import { ColumnPicker } from './ColumnPicker';
import { ExportMenu } from './ExportMenu';
import { FilterChips } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { GoneFieldsNotice } from './GoneFieldsNotice';
import { PhoneSortSelect } from './PhoneSortSelect';
import { SavedViewBar } from './SavedViewBar';
import { VirtualRecordTable } from './VirtualRecordTable';

const NO_CUSTOM_FIELDS: CustomField[] = [];

interface RecordListPageProps<O extends RecordObject> {
  config: RecordListConfig<O>;
  /** "New person", shown beside the title when the role may create. */
  actions?: ReactNode;
}

/** A list of people or companies: saved views, filter builder, columns, sort, bulk actions, export. */
export function RecordListPage<O extends RecordObject>({ config, actions }: RecordListPageProps<O>) {
  const custom = useCustomFieldDefinitions(config.object);
  const definitions = custom.data ?? NO_CUSTOM_FIELDS;
  const companyCustom = useCustomFieldDefinitions('companies');
  const companyDefinitions = companyCustom.data ?? NO_CUSTOM_FIELDS;
  const fields = useMemo(
    () => config.fields(definitions, companyDefinitions),
    [config, definitions, companyDefinitions],
  );
  const allColumns = useMemo(() => config.columns(definitions), [config, definitions]);
  const defaults = useMemo(() => ({ columns: config.defaultColumns, sort: config.defaultSort }), [config]);
  const state = useListViewState(fields, defaults);
  const url = useListUrl(config.object, state, config.noun.many);
  const [filterOpen, { toggle: toggleFilter, open: openFilter }] = useDisclosure(false);
  /** The column just ticked, which the table scrolls to: a new object each time, so ticking again reveals again. */
  const [revealed, setRevealed] = useState<{ key: string } | null>(null);
  const definitionsStatus =
    custom.isError || companyCustom.isError
      ? 'error'
      : custom.isSuccess && companyCustom.isSuccess
        ? 'success'
        : 'pending';
  const gone = goneCustomFields(state.settledFilter, state.sort, fields, definitionsStatus);
  const goneKeys = gone ? [...new Set([...gone.inFilter, ...(gone.sort ? [gone.sort] : [])])] : [];
  const goneFields = useGoneFields(config, goneKeys);
  // The list waits for the definitions its filter needs, and is not asked for with a field of its
  // filter gone; one sorted by a field gone is shown in the default order (a sort left out hides nothing).
  const clear = gone !== null && gone.inFilter.length === 0;
  const asking = url.opened && clear;
  const sort = gone?.sort ? config.defaultSort : state.sort;
  const query = { filter: state.settledFilter, sort };
  const list = useRecordList(config.object, query, asking);
  const count = useRecordCount(config.object, state.settledFilter, asking);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.data) ?? [], [list.data]);
  const selection = useRecordSelection();
  const phone = useIsPhone();
  const { clear: clearSelection } = selection;

  // A selection belongs to the rows it was made on: another filter starts afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of filter
  useEffect(() => clearSelection(), [state.settledFilter, clearSelection]);

  const primary = allColumns.find((c) => c.key === config.primaryColumn);
  const shown = [
    ...(primary ? [primary] : []),
    ...state.columns
      .filter((key) => key !== config.primaryColumn)
      .map((key) => allColumns.find((c) => c.key === key))
      .filter((c): c is RecordColumn<RecordOf<O>> => c !== undefined),
  ];
  const conditions = countConditions(state.filter);
  const { fetchNextPage } = list;
  const loadMore = useMemo(() => () => void fetchNextPage(), [fetchNextPage]);

  return (
    <Stack gap="sm">
      <SectionHeader level={1} title={config.title} description={config.description} actions={actions} />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SavedViewBar
          object={config.object}
          allLabel={`All ${config.noun.many}`}
          current={state.view}
          changed={state.changed}
          content={state.content}
          onPick={url.pickView}
        />
        <FilterButton label="Filter" open={filterOpen} count={conditions} onClick={toggleFilter} />
        <ColumnPicker
          available={allColumns.filter((c) => c.key !== config.primaryColumn)}
          value={state.columns}
          onChange={(next) => {
            const added = next.find((key) => !state.columns.includes(key));
            setRevealed(added ? { key: added } : null);
            state.setColumns(next);
          }}
        />
        <ExportMenu
          object={config.object}
          formats={config.exportFormats}
          filter={state.filter}
          sort={sort}
          columns={shown.flatMap((c) => c.exportAs ?? [])}
          selectedIds={selection.allMatching ? undefined : selection.ids}
        />
        {phone && <PhoneSortSelect columns={allColumns} sort={sort} onSort={state.setSort} />}
        {clear && count.data && (
          <Text size="sm" c="dimmed" ml="auto" aria-live="polite">
            {countLabel(count.data, config.noun)}
          </Text>
        )}
      </Group>
      {url.notice && (
        <Alert color="yellow" withCloseButton closeButtonLabel="Dismiss" onClose={url.dismissNotice}>
          {url.notice}
        </Alert>
      )}
      <FilterChips
        // An archived field's conditions read by its label; the builder keeps them read-only.
        fields={goneFields.fields.length > 0 ? [...fields, ...goneFields.fields] : fields}
        value={state.filterTree}
        onChange={state.setFilterTree}
        onOpen={openFilter}
      />
      {filterOpen && <FilterPanel fields={fields} value={state.filterTree} onChange={state.setFilterTree} />}
      <BulkActionBar
        object={config.object}
        noun={config.noun}
        actions={config.bulkActions}
        selection={selection}
        filter={state.settledFilter}
        loadedCount={rows.length}
        allLoadedSelected={rows.length > 0 && rows.every((row) => selection.ids.has(row.id))}
      />
      {gone && gone.inFilter.length > 0 && (
        <GoneFieldsNotice
          gone={gone}
          describe={goneFields.describe}
          onLeaveOut={() => {
            state.setFilterTree(withoutFields(state.filterTree, new Set(gone.inFilter)));
            if (gone.sort) state.setSort(config.defaultSort);
          }}
        />
      )}
      {clear && gone.sort && (
        <Alert color="yellow" variant="light">
          This list is sorted by {goneFields.describe(gone.sort)}, a field no longer in use: it is shown in
          its default order.
        </Alert>
      )}
      {clear && list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {(gone === null || (clear && list.isPending)) && <Loader aria-label={`Loading ${config.noun.many}`} />}
      {clear && list.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={<IconSearch size={28} aria-hidden />}
          title={`No ${config.noun.many} match`}
          description={
            conditions > 0 ? 'Loosen the filter, or clear it.' : `Add the first ${config.noun.one}.`
          }
        />
      )}
      {clear && rows.length > 0 && (
        <Paper
          withBorder
          radius="md"
          style={{ overflow: 'hidden', opacity: list.isPlaceholderData ? 0.6 : 1 }}
        >
          <VirtualRecordTable
            label={config.title}
            columns={shown}
            rows={rows}
            rowName={(row) => row.name}
            sort={sort}
            onSort={state.setSort}
            selection={selection}
            count={count.data}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={loadMore}
            revealColumn={revealed}
          />
        </Paper>
      )}
    </Stack>
  );
}
