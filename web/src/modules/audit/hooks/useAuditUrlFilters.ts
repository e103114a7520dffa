import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { type AuditFilterValues, isHistoryStep, readAuditSearch, writeAuditSearch } from '../audit-url';

/**
 * The audit log's filters, held in the address (audit-url.ts says how): read on opening and on Back
 * and Forward, written as they change, a picked filter as a step of its own in the history.
 */
export function useAuditUrlFilters() {
  const location = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => readAuditSearch(location.search), [location.search]);

  const setFilters = useCallback(
    (next: AuditFilterValues) => {
      const search = writeAuditSearch(next, new URLSearchParams(location.search));
      if (search === location.search) return;
      navigate({ pathname: location.pathname, search }, { replace: !isHistoryStep(filters, next) });
    },
    [filters, navigate, location.pathname, location.search],
  );

  return [filters, setFilters] as const;
}
