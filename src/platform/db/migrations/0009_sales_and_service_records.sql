-- The records the contact history and the customer-360 view link to: pipelines and deals, products
-- and orders, tickets. Their own modules (Sales, Service) grow them; the shapes here are the contract's.
CREATE TABLE workspace_counters (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name text NOT NULL,
  value bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (workspace_id, name)
);

CREATE TABLE pipelines (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE pipeline_stages (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  pipeline_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position integer NOT NULL DEFAULT 0,
  probability numeric(5, 2) NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
  outcome text NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, pipeline_id) REFERENCES pipelines (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE deals (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  amount numeric(18, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
  currency char(3) NOT NULL DEFAULT 'EUR',
  pipeline_id uuid NOT NULL,
  stage_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
  close_date date,
  company_id uuid,
  owner_id uuid,
  source text NOT NULL DEFAULT 'manual',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  closed_at timestamptz,
  deleted_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, pipeline_id) REFERENCES pipelines (workspace_id, id),
  FOREIGN KEY (workspace_id, stage_id) REFERENCES pipeline_stages (workspace_id, id),
  FOREIGN KEY (workspace_id, company_id) REFERENCES companies (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_id) REFERENCES memberships (workspace_id, user_id)
);
CREATE INDEX deals_company ON deals (workspace_id, company_id, status) WHERE deleted_at IS NULL;
CREATE INDEX deals_owner ON deals (workspace_id, owner_id, status) WHERE deleted_at IS NULL;
CREATE INDEX deals_stage ON deals (workspace_id, stage_id) WHERE deleted_at IS NULL;

CREATE TABLE deal_people (
  workspace_id uuid NOT NULL,
  deal_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (workspace_id, deal_id, person_id),
  FOREIGN KEY (workspace_id, deal_id) REFERENCES deals (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX deal_people_person ON deal_people (workspace_id, person_id);

CREATE TABLE products (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  category text,
  unit_price numeric(18, 2) NOT NULL DEFAULT 0 CHECK (unit_price >= 0),
  unit_cost numeric(18, 2) CHECK (unit_cost >= 0),
  currency char(3) NOT NULL DEFAULT 'EUR',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, sku)
);

CREATE TABLE orders (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
  person_id uuid,
  company_id uuid,
  ordered_at timestamptz NOT NULL,
  currency char(3) NOT NULL,
  total numeric(18, 2) NOT NULL CHECK (total >= 0),
  status text NOT NULL DEFAULT 'placed' CHECK (status IN ('placed', 'paid', 'fulfilled', 'cancelled', 'refunded')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, external_id),
  FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id),
  FOREIGN KEY (workspace_id, company_id) REFERENCES companies (workspace_id, id)
);
CREATE INDEX orders_person ON orders (workspace_id, person_id, ordered_at DESC) WHERE person_id IS NOT NULL;
CREATE INDEX orders_company ON orders (workspace_id, company_id, ordered_at DESC) WHERE company_id IS NOT NULL;

CREATE TABLE order_lines (
  workspace_id uuid NOT NULL,
  order_id uuid NOT NULL,
  line_no integer NOT NULL CHECK (line_no > 0),
  product_id uuid,
  sku text,
  description text,
  quantity numeric(18, 4) NOT NULL CHECK (quantity > 0),
  unit_price numeric(18, 2) NOT NULL CHECK (unit_price >= 0),
  unit_cost numeric(18, 2) CHECK (unit_cost >= 0),
  PRIMARY KEY (workspace_id, order_id, line_no),
  FOREIGN KEY (workspace_id, order_id) REFERENCES orders (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, id)
);

CREATE TABLE tickets (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  number bigint NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 1000),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  requester_id uuid,
  assignee_id uuid,
  queue_id uuid,
  channel text NOT NULL DEFAULT 'web' CHECK (channel IN ('email', 'portal', 'chat', 'phone', 'web', 'api')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  solved_at timestamptz,
  deleted_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, number),
  FOREIGN KEY (workspace_id, requester_id) REFERENCES people (workspace_id, id),
  FOREIGN KEY (workspace_id, assignee_id) REFERENCES memberships (workspace_id, user_id)
);
CREATE INDEX tickets_requester ON tickets (workspace_id, requester_id, created_at DESC) WHERE deleted_at IS NULL;

SELECT rapport_audit_table('pipelines', 'pipeline', 'id');
SELECT rapport_audit_table('pipeline_stages', 'pipeline_stage', 'id');
SELECT rapport_audit_table('deals', 'deal', 'id');
SELECT rapport_audit_table('deal_people', 'deal_person', 'deal_id');
SELECT rapport_audit_table('products', 'product', 'id');
SELECT rapport_audit_table('orders', 'order', 'id');
SELECT rapport_audit_table('order_lines', 'order_line', 'order_id');
SELECT rapport_audit_table('tickets', 'ticket', 'id');

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['workspace_counters', 'pipelines', 'pipeline_stages', 'deals', 'deal_people', 'products',
                           'orders', 'order_lines', 'tickets'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (workspace_id = rapport_workspace_id())
                    WITH CHECK (workspace_id = rapport_workspace_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rapport_app', t);
  END LOOP;
END $$;
