import { Grid, Loader, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useParams } from 'react-router';
import { readFailedForPage } from '../../../api/api-error';
import { formatDomain } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { can, canOnRecord } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { RecordHistory } from '../../audit/components/RecordHistory';
import { MergedNotice, MergedRedirect } from '../../duplicates/components/MergedAway';
import { PossibleDuplicates } from '../../duplicates/components/PossibleDuplicates';
import { DealsTicketsOrders } from '../../records/components/DealsTicketsOrders';
import { cardHeadingId } from '../../records/components/InfoCard';
import { LastContactCard } from '../../records/components/LastContactCard';
import { RecordPageHeader } from '../../records/components/RecordPageHeader';
import { type SectionJump, SectionJumpLinks } from '../../records/components/SectionJumpLinks';
import { TIMELINE_HEADING_ID, TimelineSection } from '../../records/components/TimelineSection';
import { useRecordVisit } from '../../search/hooks/useRecentRecords';
import { TasksCard } from '../../tasks/components/TasksCard';
import { CompanyFormModal } from '../components/CompanyFormModal';
import { CompanyHierarchyCard } from '../components/CompanyHierarchyCard';
import { CompanyPeopleCard } from '../components/CompanyPeopleCard';
import { CompanyProfileCard } from '../components/CompanyProfileCard';
import { useCompany } from '../hooks/useCompany';
import { useCompanyOverview } from '../hooks/useCompanyOverview';

/**
 * A company: profile, where it sits in its group, its open deals, its people's tickets, its orders
 * and revenue, its people and its history.
 */
export function CompanyPage() {
  const { companyId = '' } = useParams();
  const me = useSession();
  // The record as read for editing (its ETag) and the account's sections, read side by side.
  const company = useCompany(companyId);
  const overview = useCompanyOverview(companyId);
  // Once the page shows the company (its record, read first), not when its sections arrive: a visit
  // left before those would not count.
  useRecordVisit('company', company.data?.company.id);
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);

  if (company.error && readFailedForPage(company)) {
    return (
      <MergedRedirect error={company.error} noun="company">
        <QueryError
          error={company.error}
          onRetry={() => void company.refetch()}
          back={{ to: '/companies', label: 'Back to Companies' }}
        />
      </MergedRedirect>
    );
  }
  if (company.data === undefined) return <Loader aria-label="Loading the company" />;
  const { company: record, etag } = company.data;
  const jump = (label: string, title: string): SectionJump => ({ label, headingId: cardHeadingId(title) });
  // Deals, tickets and orders are linked once read (and only those the role may read).
  const jumps = [
    { label: 'Timeline', headingId: TIMELINE_HEADING_ID },
    ...(overview.data?.openDeals ? [jump('Deals', 'Open deals')] : []),
    ...(overview.data?.tickets ? [jump('Tickets', 'Tickets')] : []),
    ...(overview.data?.orders ? [jump('Orders', 'Orders and revenue')] : []),
    jump('People', 'People'),
    ...(can(me, 'tasks') ? [jump('Tasks', 'Tasks')] : []),
  ];

  return (
    <Stack gap="md" className="record-page">
      <RecordPageHeader
        name={record.name}
        avatarRadius="md"
        summary={
          [record.industry, record.domain && formatDomain(record.domain)].filter(Boolean).join(' · ') ||
          'Company'
        }
        onEdit={canOnRecord(me, 'companies', 'update', record.ownerId) ? openEdit : undefined}
      />
      <MergedNotice noun="company" recordId={record.id} />
      <PossibleDuplicates object="companies" recordId={record.id} />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          {can(me, 'auditLog') && <Tabs.Tab value="history">History</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <SectionJumpLinks jumps={jumps} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <CompanyProfileCard company={record} />
                <CompanyHierarchyCard companyId={record.id} />
                {overview.data && (
                  <LastContactCard
                    lastContact={overview.data.lastContact}
                    teamContact={overview.data.lastTeamContact}
                  />
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                {overview.error ? (
                  <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
                ) : overview.data ? (
                  <DealsTicketsOrders
                    openDeals={overview.data.openDeals}
                    tickets={overview.data.tickets}
                    orders={overview.data.orders}
                    customerNames={[record.name]}
                    ofCompany
                  />
                ) : (
                  // Read beside the company; until it comes, say so where its cards will be.
                  <Loader size="sm" aria-label="Loading the company's deals, tickets and orders" />
                )}
                <CompanyPeopleCard companyId={record.id} />
                {can(me, 'tasks') && <TasksCard subject={{ companyId: record.id }} />}
                <TimelineSection object="companies" id={record.id} canLog={can(me, 'activities', 'create')} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        {can(me, 'auditLog') && (
          <Tabs.Panel value="history" pt="md">
            <RecordHistory recordId={record.id} />
          </Tabs.Panel>
        )}
      </Tabs>
      {/* Always mounted, opened and closed: Mantine notes the Edit button as `opened` turns true and
          gives it focus back as it turns false (it does neither for a dialog mounted open or
          unmounted). Each opening starts from the company as read then. */}
      <CompanyFormModal
        opened={editing}
        onClose={closeEdit}
        editing={{ company: record, etag, failedAt: company.errorUpdatedAt || undefined }}
      />
    </Stack>
  );
}
