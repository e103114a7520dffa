import { Stack, Title } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { Navigate, useLocation, useNavigate, useRoutes } from 'react-router';
import { useSession } from '../../account/hooks/useSession';
import { NotFoundPage } from '../../shell/pages/NotFoundPage';
import { SettingsSectionNav } from '../components/SettingsSectionNav';
import { type SettingsSection, sectionSlug } from '../settings-section';

export function SettingsLayout({ sections }: { sections: readonly SettingsSection[] }) {
  const me = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const isWide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const visible = sections.filter((section) => section.isVisible(me));
  const current = visible.find((section) => {
    const base = `/settings/${sectionSlug(section)}`;
    return pathname === base || pathname.startsWith(`${base}/`);
  });
  useDocumentTitle(current ? `${current.label} · Settings · Rapport` : 'Settings · Rapport');

  const first = visible[0];
  const page = useRoutes([
    ...visible.map((section) => ({ path: section.path, element: section.element })),
    { index: true, element: first ? <Navigate to={sectionSlug(first)} replace /> : null },
    { path: '*', element: <NotFoundPage /> },
  ]);

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>Settings</Title>
      <SettingsSectionNav
        sections={visible}
        current={current && sectionSlug(current)}
        onSelect={(slug) => navigate(`/settings/${slug}`)}
        layout={isPhone ? 'select' : isWide ? 'side' : 'top'}
      >
        {page}
      </SettingsSectionNav>
    </Stack>
  );
}
