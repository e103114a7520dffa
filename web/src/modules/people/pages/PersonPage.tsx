import { Grid, Loader, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useParams } from 'react-router';
import { readFailedForPage } from '../../../api/api-error';
import { QueryError } from '../../../ui/QueryError';
import { can, canOnRecord } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { RecordHistory } from '../../audit/components/RecordHistory';
import { ConsentsCard } from '../../consents/components/ConsentsCard';
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
import { LifecycleBadge } from '../components/LifecycleBadge';
import { PersonCompaniesCard } from '../components/PersonCompaniesCard';
import { PersonFormModal } from '../components/PersonFormModal';
import { PersonProfileCard } from '../components/PersonProfileCard';
import { usePerson } from '../hooks/usePerson';
import { usePersonOverview } from '../hooks/usePersonOverview';

/** Customer 360: everything about one person on one page, and the history of their record. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const me = useSession();
  const overview = usePersonOverview(personId);
  useRecordVisit('person', overview.data?.person.id);
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  // Read with its ETag only to edit, so a stale form answers 412 instead of overwriting.
  const forEdit = usePerson(personId, editing);

  if (overview.error && readFailedForPage(overview)) {
    return (
      <MergedRedirect error={overview.error} noun="person">
        <QueryError
          error={overview.error}
          onRetry={() => void overview.refetch()}
          back={{ to: '/people', label: 'Back to People' }}
        />
      </MergedRedirect>
    );
  }
  if (overview.data === undefined) return <Loader aria-label="Loading the person" />;
  const { person, employments, openDeals, tickets, orders, lastContact, lastTeamContact } = overview.data;
  const subtitle = [person.jobTitle, person.company?.name].filter(Boolean).join(' at ');
  const mayUpdate = canOnRecord(me, 'people', 'update', person.ownerId);
  const jump = (label: string, title: string): SectionJump => ({ label, headingId: cardHeadingId(title) });
  const jumps = [
    { label: 'Timeline', headingId: TIMELINE_HEADING_ID },
    ...(openDeals ? [jump('Deals', 'Open deals')] : []),
    ...(tickets ? [jump('Tickets', 'Tickets')] : []),
    ...(orders ? [jump('Orders', 'Orders and revenue')] : []),
    ...(can(me, 'tasks') ? [jump('Tasks', 'Tasks')] : []),
    ...(can(me, 'consents') ? [jump('Consents', 'Consents')] : []),
  ];

  return (
    <Stack gap="md" className="record-page">
      <RecordPageHeader
        name={person.name}
        avatarRadius="xl"
        badge={<LifecycleBadge stage={person.lifecycleStage} />}
        summary={subtitle}
        onEdit={mayUpdate ? openEdit : undefined}
      />
      <MergedNotice noun="person" recordId={person.id} />
      <PossibleDuplicates object="people" recordId={person.id} />
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
                <PersonProfileCard person={person} />
                <PersonCompaniesCard employments={employments} />
                <LastContactCard lastContact={lastContact} teamContact={lastTeamContact} />
                {can(me, 'consents') && (
                  <ConsentsCard
                    personId={person.id}
                    personName={person.name}
                    canRecord={can(me, 'consents', 'create') && mayUpdate}
                  />
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <DealsTicketsOrders
                  openDeals={openDeals}
                  tickets={tickets}
                  orders={orders}
                  customerNames={employments.map((employment) => employment.companyName)}
                />
                {can(me, 'tasks') && <TasksCard subject={{ personId: person.id }} />}
                <TimelineSection object="people" id={person.id} canLog={can(me, 'activities', 'create')} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        {can(me, 'auditLog') && (
          <Tabs.Panel value="history" pt="md">
            <RecordHistory recordId={person.id} />
          </Tabs.Panel>
        )}
      </Tabs>
      <PersonFormModal
        // Always mounted, opened once the person is read for editing and closed again: Mantine notes
        // the Edit button as `opened` turns true and gives it focus back as it turns false (it does
        // neither for a dialog mounted open or unmounted). Each opening starts from the person as read.
        opened={editing && forEdit.data !== undefined}
        onClose={closeEdit}
        editing={
          forEdit.data && {
            person: forEdit.data.person,
            etag: forEdit.data.etag,
            failedAt: forEdit.errorUpdatedAt || undefined,
          }
        }
      />
    </Stack>
  );
}
