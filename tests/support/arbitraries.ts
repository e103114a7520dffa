import fc from 'fast-check';

/**
 * Date-times as a filter takes them (ISO 8601): a few with offsets and fractions, and any instant
 * of a millennium either side of today's, written in UTC.
 */
export const dateTimes = fc.oneof(
  fc.constantFrom('2024-01-01T00:00:00Z', '2024-01-01T01:00:00+01:00', '2024-06-30T12:30:00.5-05:30'),
  fc
    .date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('2999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
);
