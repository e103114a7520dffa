import { Button, Center } from '@mantine/core';

interface LoadMoreButtonProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** How many are still to come, when known: the button says so, under the list's start. */
  left?: number;
}

export function LoadMoreButton({ hasMore, loading, onLoadMore, left }: LoadMoreButtonProps) {
  if (!hasMore) return null;
  if (left !== undefined)
    return (
      <Button variant="default" onClick={onLoadMore} loading={loading} style={{ alignSelf: 'flex-start' }}>
        Show more ({left.toLocaleString()} left)
      </Button>
    );
  return (
    <Center mt="md">
      <Button variant="default" onClick={onLoadMore} loading={loading}>
        Load more
      </Button>
    </Center>
  );
}
