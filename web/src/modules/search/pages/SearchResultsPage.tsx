import { Anchor, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../../ui/QueryError';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { RESULTS_PER_KIND, useSearchResults } from '../hooks/useSearchResults';
import { SEARCH_KINDS, type SearchKind } from '../search-kinds';

/**
 * Every kind's best hits for a query, beyond the few the header's box shows: reached from its
 * "See all results", or by a link to /search?q=. Typing here changes the query in place, so Back
 * leaves the page rather than stepping through each word.
 */
export function SearchResultsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const me = useSession();
  // A new query from elsewhere (the header's box, Back): the box here shows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the address is news
  useEffect(() => {
    if (q !== text.trim()) setText(q);
  }, [q]);
  useDocumentTitle(q ? `“${q}” · Search · Rapport` : 'Search · Rapport');
  const setQuery = useDebouncedCallback(
    (next: string) => setParams(next.trim() ? { q: next.trim() } : {}, { replace: true }),
    250,
  );
  const kinds = SEARCH_KINDS.filter((kind) => can(me, kind.object, 'read'));

  return (
    <Stack maw={900}>
      <Title order={1}>Search</Title>
      <TextInput
        aria-label="Search for"
        placeholder="Names, e-mails, phone numbers, domains"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setQuery(event.currentTarget.value);
        }}
        maw={480}
      />
      {q.trim() === '' ? (
        <Text c="dimmed">Type a name, an e-mail, a phone number or a domain.</Text>
      ) : (
        kinds.map((kind) => <KindResults key={kind.type} kind={kind} q={q} />)
      )}
    </Stack>
  );
}

function KindResults({ kind, q }: { kind: SearchKind; q: string }) {
  const results = useSearchResults(q, kind.type);
  const hits = results.data ?? [];
  const titleId = `search-results-${kind.type}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="xs">
          <kind.Icon size={18} aria-hidden />
          <Title order={2} size="h4" id={titleId}>
            {kind.label}
          </Title>
          {results.isSuccess && (
            <Text c="dimmed" size="sm">
              {hits.length >= RESULTS_PER_KIND ? `the best ${RESULTS_PER_KIND}` : hits.length}
            </Text>
          )}
          {results.isFetching && <Loader size="xs" />}
        </Group>
        {results.error && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
        {results.isSuccess && hits.length === 0 && (
          <Text size="sm" c="dimmed">
            No {kind.label.toLowerCase()} found for “{q}”.
          </Text>
        )}
        <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <Anchor component={Link} to={`${kind.path}/${hit.id}`} fw={500}>
                {hit.title}
              </Anchor>
              {hit.subtitle && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {hit.subtitle}
                </Text>
              )}
            </li>
          ))}
        </Stack>
        {hits.length >= RESULTS_PER_KIND && (
          <Text size="sm" c="dimmed">
            Only the best {RESULTS_PER_KIND} are shown: add a word to narrow the search, or filter the{' '}
            <Anchor component={Link} to={kind.path} size="sm">
              {kind.label.toLowerCase()} list
            </Anchor>
            .
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
