import { Button } from '@mantine/core';

/** The first stop of the Tab key: jumps over the header and navigation (WCAG 2.4.1). */
export function SkipToContent({ targetId }: { targetId: string }) {
  return (
    <Button
      component="a"
      href={`#${targetId}`}
      size="sm"
      pos="fixed"
      top={8}
      left={8}
      style={{ zIndex: 1000, transform: 'translateY(-200%)' }}
      onFocus={(event) => {
        event.currentTarget.style.transform = 'none';
      }}
      onBlur={(event) => {
        event.currentTarget.style.transform = 'translateY(-200%)';
      }}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      Skip to content
    </Button>
  );
}
