import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingPlus, IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { RecordListPage } from '../../records/components/RecordListPage';
import { companyListConfig } from '../company-list-config';
import { CompanyFormModal } from '../components/CompanyFormModal';

export function CompaniesListPage() {
  const me = useSession();
  const [adding, { open, close }] = useDisclosure(false);
  return (
    <>
      <RecordListPage
        config={companyListConfig}
        actions={
          // Importing creates records: the same right as adding one by hand.
          can(me, 'companies', 'create') && (
            <>
              <Button
                component={Link}
                to="/imports?object=companies"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                Import
              </Button>
              <Button leftSection={<IconBuildingPlus size={16} aria-hidden />} onClick={open}>
                New company
              </Button>
            </>
          )
        }
      />
      <CompanyFormModal opened={adding} onClose={close} />
    </>
  );
}
