import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

/** A new token's secret, shown this once, with a copy button and the warning that goes with it. */
export function TokenSecret({ secret }: { secret: string }) {
  return (
    <Stack>
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy it now">
        This is the only time the token is shown. Keep it somewhere safe, such as a password manager or your
        CI’s secrets; if you lose it, revoke it and create another.
      </Alert>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Textarea
          label="Your new token"
          value={secret}
          readOnly
          autosize
          minRows={2}
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
          style={{ flex: 1 }}
        />
        <CopyButton value={secret} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
              <ActionIcon
                variant="light"
                color={copied ? 'teal' : 'gray'}
                size="lg"
                onClick={copy}
                aria-label={copied ? 'Token copied' : 'Copy token'}
                mb={4}
              >
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        Send it as <Code>Authorization: Bearer &lt;token&gt;</Code>. It acts as you, with your role.
      </Text>
    </Stack>
  );
}
