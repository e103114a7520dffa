import { Table } from '@mantine/core';
import type { Grant } from '../../../api/types';
import { humanize } from '../../../ui/format';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';
import type { Action } from '../permissions';
import { ScopeBadge } from './ScopeBadge';

const ACTIONS: Action[] = ['read', 'create', 'update', 'delete'];

interface PermissionTableProps {
  roleLabel: string;
  permissions: Record<string, Grant>;
}

/**
 * One role's permissions: a row per kind of record, a column per action. In a narrow box its text is
 * smaller and its columns closer, so all four actions fit beside the records without scrolling.
 */
export function PermissionTable({ roleLabel, permissions }: PermissionTableProps) {
  const [box, compact] = useNarrowerThan<HTMLDivElement>(360);
  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing={compact ? 6 : 'xs'}
        fz={compact ? 'xs' : undefined}
        captionSide="top"
      >
        <Table.Caption style={{ textAlign: 'start' }}>What the {roleLabel} role may do</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Records</Table.Th>
            {ACTIONS.map((action) => (
              <Table.Th key={action} scope="col" ta="center">
                {humanize(action)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Object.entries(permissions).map(([object, grant]) => (
            <Table.Tr key={object}>
              <Table.Th scope="row" fw={500}>
                {humanize(object)}
              </Table.Th>
              {ACTIONS.map((action) => (
                <Table.Td key={action} ta="center">
                  <ScopeBadge scope={grant[action]} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
