import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatMoneyCompact } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useSession } from '../../account/hooks/useSession';
import { InfoCard } from '../../records/components/InfoCard';
import { inTreeOrder } from '../hierarchy-order';
import { useCompanyHierarchy } from '../hooks/useCompanyHierarchy';

/** "€12K + $4.5K": each currency on its own, as the server sums them. */
function amounts(list: { currency: string; amount: number }[]): string {
  return list.map(({ currency, amount }) => formatMoneyCompact(amount, currency)).join(' + ');
}

/** A level's indent, the same from the tenth level down: deeper, the card would be all margin. */
const indent = (level: number) => Math.min(level, 10) * 1.1;

/** Parents and subsidiaries, each with revenue and open deals rolled up from everything below it. */
export function CompanyHierarchyCard({ companyId }: { companyId: string }) {
  const hierarchy = useCompanyHierarchy(companyId);
  const { defaultCurrency } = useSession().workspace;
  const nodes = inTreeOrder(hierarchy.data ?? []);
  const minDepth = Math.min(...nodes.map((n) => n.depth), 0);
  return (
    <InfoCard title="Hierarchy">
      {hierarchy.error && <QueryError error={hierarchy.error} />}
      {hierarchy.isPending && <Loader size="sm" aria-label="Loading the hierarchy" />}
      {hierarchy.isSuccess && nodes.length <= 1 && (
        <Text size="sm" c="dimmed">
          No parent or subsidiary.
        </Text>
      )}
      {nodes.length > 1 && (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {nodes.map((node) => {
            const current = node.id === companyId;
            return (
              <li key={node.id} style={{ paddingLeft: `${indent(node.depth - minDepth)}rem` }}>
                {/* The name on its own line, whole: subsidiaries often differ only at its end ("… Canada"). */}
                {current ? (
                  <Text size="sm" fw={700} aria-current="page" style={{ overflowWrap: 'anywhere' }}>
                    {node.name}
                  </Text>
                ) : (
                  <Anchor
                    component={Link}
                    to={`/companies/${node.id}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {node.name}
                  </Anchor>
                )}
                <Text size="xs" c="dimmed">
                  {formatMoneyCompact(node.rollup.annualRevenue, defaultCurrency)} revenue ·{' '}
                  {node.rollup.openDeals} open {node.rollup.openDeals === 1 ? 'deal' : 'deals'}
                  {node.rollup.openDealsAmounts.length > 0 && ` (${amounts(node.rollup.openDealsAmounts)})`}
                  {node.rollup.companies > 1 && ` · ${node.rollup.companies} companies`}
                </Text>
              </li>
            );
          })}
        </Stack>
      )}
    </InfoCard>
  );
}
