import { createContext } from 'react';
import type { Me } from '../../api/types';

/** The signed-in user, set by RequireSession for everything behind it. */
export const SessionContext = createContext<Me | null>(null);
