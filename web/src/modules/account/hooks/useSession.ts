import { useContext } from 'react';
import type { Me } from '../../../api/types';
import { SessionContext } from '../session-context';

/** The signed-in user; only for pages behind RequireSession. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() is only for pages behind <RequireSession>.');
  return me;
}
