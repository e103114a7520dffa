import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { RecordListPage } from '../../records/components/RecordListPage';
import { PersonFormModal } from '../components/PersonFormModal';
import { peopleListConfig } from '../people-list-config';

export function PeopleListPage() {
  const me = useSession();
  const [adding, { open, close }] = useDisclosure(false);
  return (
    <>
      <RecordListPage
        config={peopleListConfig}
        actions={
          // Importing creates records: the same right as adding one by hand.
          can(me, 'people', 'create') && (
            <>
              <Button
                component={Link}
                to="/imports?object=people"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                Import
              </Button>
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
                New person
              </Button>
            </>
          )
        }
      />
      <PersonFormModal opened={adding} onClose={close} />
    </>
  );
}
