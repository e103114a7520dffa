import { Button, Group } from '@mantine/core';
import type { MouseEvent } from 'react';
import '../record-page.css';

export interface SectionJump {
  label: string;
  /** The id of the section's heading (InfoCard's cardHeadingId, the timeline's). */
  headingId: string;
}

/**
 * Where a record page's cards stack in one column (below md), the timeline, the heart of the page,
 * comes after a phone's height of cards or more: these links reach it, and the other sections, at
 * once. Beside two columns everything is near the top, and they are not shown.
 */
export function SectionJumpLinks({ jumps }: { jumps: readonly SectionJump[] }) {
  return (
    <Group component="nav" aria-label="Jump to a section" gap={6} mb="md" hiddenFrom="md">
      {jumps.map(({ label, headingId }) => (
        <Button
          key={headingId}
          component="a"
          href={`#${headingId}`}
          onClick={(event: MouseEvent<HTMLAnchorElement>) => jumpTo(event, headingId)}
          variant="light"
          size="compact-sm"
          radius="xl"
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}

/** How long a jump keeps aiming at its section while the cards above it may still be loading. */
const FOLLOW_MS = 4000;
const USER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls the section to the top, clear of the app's header (record-page.css), and moves the focus to
 * its heading, so Tab goes on from there. The address keeps no fragment: Back returns to the list,
 * not to the top of the same page. A click meant for a new tab keeps the link's own way.
 */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, headingId: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const heading = document.getElementById(headingId);
  if (!heading) return;
  event.preventDefault();
  const section = heading.closest('section') ?? heading;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const aim = () => section.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  aim();
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  followWhileLoading(aim);
}

/**
 * Cards read on their own (the company's people, the tasks, the deals) may come while the page scrolls
 * and push the section down past where the scroll was aimed (Safari has no scroll anchoring to make up
 * for it): for a moment, each change of the page's height aims again, until the user scrolls themselves.
 */
function followWhileLoading(aim: () => void) {
  let first = true;
  const observer = new ResizeObserver(() => {
    if (first) first = false;
    else aim();
  });
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of USER_SCROLLS) window.removeEventListener(type, stop, true);
  };
  const timer = window.setTimeout(stop, FOLLOW_MS);
  for (const type of USER_SCROLLS) window.addEventListener(type, stop, true);
  observer.observe(document.body);
}
