import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from '../../shell/components/BrandMark';

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the pages seen before signing in: one centred card. */
export function AuthLayout({ title, description, children, footer }: AuthLayoutProps) {
  return (
    <Box component="main" bg="gray.0" mih="100vh" px="md" py={48}>
      <Center>
        <Stack w="100%" maw={420} gap="lg">
          <Center>
            <BrandMark size="lg" />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap={4} mb="lg">
              <Title order={1} size="h3">
                {title}
              </Title>
              {description && (
                <Text c="dimmed" size="sm">
                  {description}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
          {footer && (
            <Text ta="center" size="sm" c="dimmed">
              {footer}
            </Text>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
