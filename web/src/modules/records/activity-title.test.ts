import { describe, expect, it } from 'vitest';
import { activityTitle, campaignEngagement, channelNote } from './activity-title';
import type { Activity } from './record-types';

const entry = (fields: Partial<Activity>) =>
  ({ type: 'note', direction: null, subject: null, metadata: {}, ...fields }) as Activity;

describe('activityTitle', () => {
  it('names the kind, its direction and its subject, once', () => {
    expect(activityTitle(entry({}))).toBe('Note');
    expect(activityTitle(entry({ subject: 'Note' }))).toBe('Note');
    expect(activityTitle(entry({ subject: 'Renewal' }))).toBe('Note: Renewal');
    expect(activityTitle(entry({ subject: 'Notes from the fair' }))).toBe('Note: Notes from the fair');
    expect(activityTitle(entry({ type: 'email', direction: 'inbound', subject: 'Quote' }))).toBe(
      'Email (inbound): Quote',
    );
    expect(activityTitle(entry({ type: 'call', direction: 'outbound' }))).toBe('Call (outbound)');
    // Only where it could go either way: a meeting is had together, a campaign sent, a form received.
    expect(activityTitle(entry({ type: 'meeting', direction: 'outbound', subject: 'Workshop' }))).toBe(
      'Meeting: Workshop',
    );
    expect(activityTitle(entry({ type: 'campaign', direction: 'outbound', subject: 'Invitation' }))).toBe(
      'Campaign: Invitation',
    );
    expect(activityTitle(entry({ type: 'form', direction: 'inbound', subject: 'Request a demo' }))).toBe(
      'Form: Request a demo',
    );
    expect(activityTitle(entry({ type: 'task', subject: 'Task done: call back' }))).toBe(
      'Task done: call back',
    );
    expect(activityTitle(entry({ type: 'stage_change', subject: 'Lifecycle stage: lead → customer' }))).toBe(
      'Stage change: Lifecycle stage: lead → customer',
    );
  });

  it('writes an order’s amount as money', () => {
    const order = entry({
      type: 'order',
      subject: 'Order 1042: 8231.00 USD',
      metadata: { total: '8231.00', currency: 'USD' },
    });
    expect(activityTitle(order)).toBe('Order 1042: $8,231.00');
  });
});

describe('campaignEngagement', () => {
  const campaign = (metadata: Record<string, unknown>) => entry({ type: 'campaign', metadata });

  it('says what the customer did with the e-mail', () => {
    expect(campaignEngagement(campaign({ opened: true, clicked: true }))).toBe('Opened, clicked');
    expect(campaignEngagement(campaign({ opened: true, clicked: false }))).toBe('Opened');
    expect(campaignEngagement(campaign({ opened: false }))).toBe('Not opened');
  });

  it('says nothing when the entry does not tell, or is not a campaign’s', () => {
    expect(campaignEngagement(campaign({}))).toBeNull();
    expect(campaignEngagement(campaign({ opened: 'yes' }))).toBeNull();
    expect(campaignEngagement(entry({ metadata: { opened: true } }))).toBeNull();
  });
});

describe('channelNote', () => {
  it('names the channel only when the kind does not say it already', () => {
    expect(channelNote(entry({ type: 'campaign', channel: 'email' }))).toBe('Email');
    expect(channelNote(entry({ type: 'order', channel: 'web' }))).toBe('Web');
    expect(channelNote(entry({ type: 'email', channel: 'email' }))).toBeNull();
    expect(channelNote(entry({ type: 'meeting', channel: 'meeting' }))).toBeNull();
    expect(channelNote(entry({ type: 'call', channel: 'phone' }))).toBeNull();
    expect(channelNote(entry({ type: 'note', channel: 'other' }))).toBeNull();
    expect(channelNote(entry({ type: 'consent', channel: 'system' }))).toBeNull();
  });
});
