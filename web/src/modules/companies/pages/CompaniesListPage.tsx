import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingPlus } from '@tabler/icons-react';
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
          can(me, 'companies', 'create') && (
            <Button leftSection={<IconBuildingPlus size={16} aria-hidden />} onClick={open}>
              New company
            </Button>
          )
        }
      />
      <CompanyFormModal opened={adding} onClose={close} />
    </>
  );
}
