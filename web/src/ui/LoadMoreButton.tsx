import { Button, Center } from '@mantine/core';

interface LoadMoreButtonProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMoreButton({ hasMore, loading, onLoadMore }: LoadMoreButtonProps) {
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" onClick={onLoadMore} loading={loading}>
        Load more
      </Button>
    </Center>
  );
}
