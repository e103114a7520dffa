import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../../shell/components/FullPageLoader';
import { useMe } from '../hooks/useMe';
import { useSetupStatus } from '../hooks/useSetupStatus';

/** Sign-in pages: someone already signed in goes home, and a fresh install goes to setup. */
export function RedirectSignedIn() {
  const location = useLocation();
  const setup = useSetupStatus();
  const me = useMe();
  if (setup.isPending || me.isPending) return <FullPageLoader />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (me.data) return <Navigate to={returnPath(location.state)} replace />;
  return <Outlet />;
}

/** Where RequireSession found the visitor before sending them to sign in. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') ? from : '/';
}
