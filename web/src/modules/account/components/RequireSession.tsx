import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryError } from '../../../ui/QueryError';
import { FullPageLoader } from '../../shell/components/FullPageLoader';
import { useMe } from '../hooks/useMe';
import { useSetupStatus } from '../hooks/useSetupStatus';
import { SessionContext } from '../session-context';

/** Shows what is behind it to a signed-in user; sends others to first-run setup or to sign in. */
export function RequireSession() {
  const location = useLocation();
  const setup = useSetupStatus();
  const me = useMe();
  if (setup.error || me.error) return <QueryError error={setup.error ?? me.error} />;
  if (!setup.data || me.data === undefined) return <FullPageLoader />;
  if (setup.data.needsSetup) return <Navigate to="/setup" replace />;
  if (me.data === null) {
    const from = location.pathname === '/' ? undefined : location.pathname + location.search;
    return <Navigate to="/sign-in" replace state={from ? { from } : undefined} />;
  }
  return (
    <SessionContext value={me.data}>
      <Outlet />
    </SessionContext>
  );
}
