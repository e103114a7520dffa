/**
 * The vocabulary of the demo: what the demo company sells, to which industries, whom it talks to and
 * what they talk about. Plain data; the rules pick from it with the seeded generator.
 */

/** Industry, and a typical annual revenue per employee (USD) to make revenues fit headcounts. */
export const INDUSTRIES: readonly (readonly [string, number])[] = [
  ['Software', 260_000],
  ['Manufacturing', 210_000],
  ['Retail', 180_000],
  ['Financial Services', 380_000],
  ['Healthcare', 150_000],
  ['Logistics', 170_000],
  ['Construction', 190_000],
  ['Education', 90_000],
  ['Hospitality', 80_000],
  ['Media', 220_000],
  ['Telecommunications', 400_000],
  ['Energy', 520_000],
  ['Automotive', 330_000],
  ['Consulting', 160_000],
  ['Real Estate', 300_000],
  ['Food & Beverage', 200_000],
  ['Pharmaceuticals', 450_000],
  ['Public Sector', 110_000],
  ['Nonprofit', 70_000],
  ['Agriculture', 140_000],
];

export const SIZE_TAGS = [
  [0, 'small-business'],
  [50, 'mid-market'],
  [1000, 'enterprise'],
] as const;

export const COMPANY_TAGS = [
  'strategic',
  'partner',
  'reseller',
  'key-account',
  'public-reference',
  'at-risk',
];

/** Job titles by department, the first ones the most senior. */
export const JOB_TITLES: readonly (readonly string[])[] = [
  ['Chief Executive Officer', 'Managing Director', 'General Manager', 'Chief of Staff', 'Office Manager'],
  ['Chief Financial Officer', 'Head of Finance', 'Finance Manager', 'Controller', 'Accountant'],
  ['Chief Technology Officer', 'VP Engineering', 'IT Director', 'IT Manager', 'Systems Administrator'],
  ['Chief Operating Officer', 'Head of Operations', 'Operations Manager', 'Logistics Coordinator'],
  ['Head of Procurement', 'Purchasing Manager', 'Buyer', 'Procurement Specialist'],
  ['Chief Marketing Officer', 'Head of Marketing', 'Marketing Manager', 'Marketing Specialist'],
  ['VP Sales', 'Head of Sales', 'Sales Manager', 'Account Manager', 'Sales Representative'],
  ['Head of People', 'HR Manager', 'Recruiter', 'HR Generalist'],
  ['Head of Customer Success', 'Customer Success Manager', 'Support Lead'],
  ['Product Director', 'Product Manager', 'Project Manager', 'Business Analyst'],
];

export const PERSON_TAGS = [
  'newsletter',
  'webinar',
  'trade-show',
  'decision-maker',
  'budget-holder',
  'technical',
  'champion',
  'referral',
  'vip',
  'beta-tester',
  'event-2024',
  'event-2025',
];

/** name ({brand}: the demo company's), category, list price (USD), margin (share of the price that is not cost). */
export const PRODUCTS: readonly (readonly [string, string, number, number])[] = [
  ['{brand} Starter licence (annual)', 'Licences', 490, 0.86],
  ['{brand} Team licence (annual)', 'Licences', 1_490, 0.88],
  ['{brand} Business licence (annual)', 'Licences', 4_900, 0.9],
  ['{brand} Enterprise licence (annual)', 'Licences', 14_900, 0.91],
  ['Additional seat (annual)', 'Licences', 180, 0.92],
  ['Premium support (annual)', 'Services', 2_400, 0.55],
  ['Onboarding package', 'Services', 3_500, 0.42],
  ['Data migration', 'Services', 5_200, 0.38],
  ['Custom integration (per day)', 'Services', 1_200, 0.35],
  ['Training workshop (half day)', 'Training', 950, 0.48],
  ['Training workshop (full day)', 'Training', 1_700, 0.5],
  ['Admin certification', 'Training', 390, 0.7],
  ['Barcode scanner X200', 'Hardware', 249, 0.28],
  ['Receipt printer P80', 'Hardware', 329, 0.25],
  ['Card terminal T4', 'Hardware', 199, 0.22],
  ['Tablet stand', 'Hardware', 79, 0.4],
  ['Label roll (pack of 12)', 'Supplies', 39, 0.55],
  ['Thermal paper (box of 50)', 'Supplies', 59, 0.5],
  ['API volume add-on (1M calls)', 'Add-ons', 600, 0.8],
  ['Advanced analytics add-on', 'Add-ons', 1_900, 0.84],
  ['SMS credits (10,000)', 'Add-ons', 450, 0.3],
  ['Extra storage (1 TB)', 'Add-ons', 240, 0.65],
];

export const PIPELINES = [
  {
    name: 'New business',
    stages: [
      { name: 'Qualification', probability: 10, outcome: 'open' },
      { name: 'Needs analysis', probability: 30, outcome: 'open' },
      { name: 'Proposal', probability: 60, outcome: 'open' },
      { name: 'Negotiation', probability: 80, outcome: 'open' },
      { name: 'Won', probability: 100, outcome: 'won' },
      { name: 'Lost', probability: 0, outcome: 'lost' },
    ],
  },
  {
    name: 'Renewals and upsell',
    stages: [
      { name: 'Renewal due', probability: 70, outcome: 'open' },
      { name: 'Quote sent', probability: 85, outcome: 'open' },
      { name: 'Renewed', probability: 100, outcome: 'won' },
      { name: 'Not renewed', probability: 0, outcome: 'lost' },
    ],
  },
] as const;

export const TEAMS = [
  { name: 'Sales Americas', description: 'New business and renewals in North and South America.' },
  { name: 'Sales EMEA', description: 'New business and renewals in Europe.' },
  { name: 'Customer Support', description: 'Tickets, onboarding and customer health.' },
  { name: 'Marketing', description: 'Campaigns, events and the newsletter.' },
] as const;

/** The demo company's staff: role, team (index into TEAMS) and how many. */
export const STAFF: readonly { role: string; team: number | null; count: number }[] = [
  { role: 'manager', team: 0, count: 1 },
  { role: 'manager', team: 1, count: 1 },
  { role: 'sales', team: 0, count: 3 },
  { role: 'sales', team: 1, count: 4 },
  { role: 'support', team: 2, count: 3 },
  { role: 'marketing', team: 3, count: 2 },
  { role: 'viewer', team: null, count: 1 },
];

export const LOST_REASONS = [
  'Went with a competitor',
  'No budget this year',
  'Project cancelled',
  'No decision',
];

export const TICKET_SUBJECTS = [
  'Cannot sign in after password reset',
  'Invoice shows the wrong VAT number',
  'Export to CSV times out',
  'Receipt printer not detected',
  'How do I add a seat?',
  'Sync with calendar stopped working',
  'Card terminal declines contactless payments',
  'Request to change billing address',
  'API returns 429 during nightly import',
  'Dashboard numbers do not match the report',
  'Need a copy of our contract',
  'Barcode scanner reads wrong characters',
];

/**
 * What a conversation can be about depends on who the person is then: someone who has not bought yet
 * (a prospect) is not asked how the onboarding went, nor told about their renewal. Each list has
 * words for either, and words for one of the two.
 */
export type Phase = 'prospect' | 'customer';
export interface Phased<T> {
  either: readonly T[];
  prospect: readonly T[];
  customer: readonly T[];
}

export const TOPICS: Phased<string> = {
  either: ['pricing', 'integrations', 'reporting', 'data migration'],
  prospect: ['the pilot', 'the contract terms', 'security review', 'a trial in one store'],
  customer: ['the renewal', 'user training', 'the rollout plan', 'adding a second location'],
};

/** An e-mail's subject and body, written together so that one answers the other. */
export interface Mail {
  subject: string;
  body: string;
}

/** A rep's first e-mail to someone they have not talked to yet. */
export const INTRODUCTION = {
  subject: 'Introduction: {company} and {brand}',
  body: 'I look after customers like {company} at {brand}. Could I show you how {product} handles {topic} in a short call next week?',
};

/** E-mails a rep writes later on, each subject with a body that answers to it. */
export const OUTBOUND_EMAILS: Phased<Mail> = {
  either: [
    {
      subject: 'Following up on our call',
      body: 'Thanks for your time today. As promised, here is a short summary about {topic}, with the next steps we agreed.',
    },
    {
      subject: 'Proposal for {company}',
      body: 'Please find our proposal for {product} attached. I am happy to walk you through it.',
    },
    {
      subject: 'Pricing for {product}',
      body: 'Here are the prices for {product} we discussed, with installation and the first year of support included.',
    },
    {
      subject: 'Quick question about {topic}',
      body: 'Just checking whether you had a chance to look at {topic}.',
    },
    {
      subject: 'Next steps on {topic}',
      body: 'To keep {topic} moving: could we book an hour with your IT team next week?',
    },
  ],
  prospect: [
    {
      subject: 'Case study you asked for',
      body: 'Attached is the case study of a {industry} customer using {product}, as promised.',
    },
  ],
  customer: [
    {
      subject: 'Checking in',
      body: 'How are things going with {product}? Let me know if there is anything we can help with.',
    },
  ],
};

/** The website's forms that bring a prospect in (a subscriber comes through "Newsletter sign-up"). */
export const WEB_FORMS = ['Request a demo', 'Contact sales', 'Download the price list'];

/** What a visitor first asks in the website's chat. */
export const CHAT_OPENERS = [
  'Hello, can you tell me more about {topic} with {product}?',
  'Hi! Does {product} fit a business like ours? We are in {industry}.',
  'Good morning, who could I talk to about {topic}?',
];

/** E-mails a customer writes, each subject with a body that answers to it. */
export const INBOUND_EMAILS: Phased<Mail> = {
  either: [
    {
      subject: 'Re: Proposal for {company}',
      body: 'Thanks for the proposal. We are reviewing it internally and will come back to you by the end of the month.',
    },
    {
      subject: 'Question about {topic}',
      body: 'Could you share more details about {topic}? We would like to decide this month.',
    },
    {
      subject: 'Request for a quote',
      body: 'Could you send us a quote for {product}, installation included?',
    },
    {
      subject: 'Re: Following up on our call',
      body: 'Thanks for the summary. I have shared it with my colleagues and will let you know.',
    },
    {
      subject: 'Meeting next week?',
      body: 'Would Tuesday or Wednesday next week suit you for a meeting about {topic}?',
    },
    {
      subject: 'Re: Next steps on {topic}',
      body: 'Our IT team can join a session about {topic}; please suggest a few times.',
    },
  ],
  prospect: [],
  customer: [
    {
      subject: 'Invoice question',
      body: 'We received an invoice we cannot match to an order. Could you check it for us?',
    },
    {
      subject: 'More licences for {company}',
      body: 'We are opening a new store next quarter. What would it cost to add {product} there?',
    },
  ],
};

export const CALL_SUBJECTS: Phased<string> = {
  either: ['Follow-up call', 'Pricing discussion'],
  prospect: ['Discovery call', 'Qualification call'],
  customer: ['Check-in call', 'Support call'],
};
export const MEETING_SUBJECTS: Phased<string> = {
  either: ['Workshop on {topic}'],
  prospect: ['Demo of {product}', 'Site visit before the offer'],
  customer: ['Quarterly business review', 'Onboarding session', 'Kick-off meeting'],
};
export const NOTES: Phased<string> = {
  either: ['Prefers e-mail over phone calls.', 'Is moving to a new role; introduce the successor.'],
  prospect: [
    'Budget is approved for next quarter.',
    'Decision expected after the board meeting.',
    'Compared us with two competitors; price is the main concern.',
    'Asked for references in {industry}.',
    'Wants a security questionnaire before signing.',
  ],
  customer: [
    'Very happy with the onboarding so far.',
    'Staff still ask how to void a sale; offer a second training.',
    'Thinking about a second location next year.',
  ],
};
export const CALL_BODIES = [
  'Talked about {topic}. Send a summary and a calendar invite.',
  'Went through {topic}; they need an answer from IT first.',
  'Short call: {topic} is on hold until next month.',
  'Good conversation about {topic}. Interested in {product}.',
];
/** The demo company: a point-of-sale software vendor with services and hardware. */
export const BRANDS = ['Northwind', 'Helios', 'Kestrel', 'Lumen', 'Vantage', 'Alder', 'Cobalt', 'Meridian'];
