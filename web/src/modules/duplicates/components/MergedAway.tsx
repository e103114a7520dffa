import { Alert, Anchor } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { type MergedAwayState, mergedAwayOf, mergedIntoOf, mergedNoticeText } from '../merged-away';

type Noun = 'person' | 'company';
const PATHS: Record<Noun, string> = { person: '/people', company: '/companies' };

/**
 * On a failed read of a person or company: when it was merged away, goes to the record it went into
 * in place of this address (Back skips the dead one), telling that page why; else shows `children`.
 */
export function MergedRedirect({
  error,
  noun,
  children,
}: {
  error: unknown;
  noun: Noun;
  children: ReactNode;
}) {
  const merged = mergedIntoOf(error);
  if (!merged) return children;
  const state: MergedAwayState = { mergedAway: merged };
  return <Navigate to={`${PATHS[noun]}/${merged.id}`} replace state={state} />;
}

/** "Jon Smithers was merged into this person on …", on the page reached from Jon's old address. */
export function MergedNotice({ noun, recordId }: { noun: Noun; recordId: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const merged = mergedAwayOf(location.state);
  if (!merged || merged.id !== recordId) return null;
  return (
    <Alert
      color="grape"
      variant="light"
      icon={<IconGitMerge size={18} aria-hidden />}
      role="status"
      aria-label="Merged record"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => void navigate(location.pathname + location.search, { replace: true, state: null })}
    >
      {mergedNoticeText(merged, noun)}
      {merged.mergeId && (
        <>
          {' '}
          <Anchor component={Link} to={`/duplicates/merges/${merged.mergeId}`} inherit>
            See the merge
          </Anchor>
        </>
      )}
    </Alert>
  );
}
