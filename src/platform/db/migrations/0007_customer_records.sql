-- Customer records: companies, people, where they work, custom fields, saved views.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe to
-- use in indexes and generated columns.
CREATE FUNCTION rapport_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary, $1)
$$;

/** Lower-cased, unaccented, single-spaced: what names are compared on. */
CREATE FUNCTION rapport_search_norm(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(rapport_unaccent(coalesce($1, ''))), '[^[:alnum:]@.+]+', ' ', 'g'))
$$;

-- Each word of a name with its letters sorted: "jonh smiht" and "john smith" give the same keys,
-- so transposed letters (the commonest typo, which trigrams score poorly on short words) match exactly.
CREATE FUNCTION rapport_name_keys(text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT (SELECT string_agg(ch, '' ORDER BY ch) FROM regexp_split_to_table(word, '') ch)), '{}')
  FROM regexp_split_to_table(rapport_search_norm($1), ' ') word
  WHERE length(word) > 1
$$;

-- array_to_string is only STABLE (element output functions could change); for text[] it cannot.
CREATE FUNCTION rapport_join(text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_string($1, ' '), '')
$$;

/** The values of one key across an array of objects: [{"address":"a"},{"address":"b"}] → {a,b}. */
CREATE FUNCTION rapport_jsonb_values(items jsonb, key text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(item->>key) FILTER (WHERE item->>key IS NOT NULL), '{}')
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(items) = 'array' THEN items ELSE '[]'::jsonb END) item
$$;

-- Defaults for reading phone numbers written without a country code, and for amounts.
ALTER TABLE workspaces
  ADD COLUMN default_country char(2) NOT NULL DEFAULT 'US' CHECK (default_country ~ '^[A-Z]{2}$'),
  ADD COLUMN default_currency char(3) NOT NULL DEFAULT 'USD' CHECK (default_currency ~ '^[A-Z]{3}$');

CREATE TABLE companies (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  domains text[] NOT NULL DEFAULT '{}',
  domain text GENERATED ALWAYS AS (domains[1]) STORED,
  industry text,
  employees integer CHECK (employees >= 0),
  annual_revenue numeric(18, 2) CHECK (annual_revenue >= 0),
  phone text,
  website text,
  addresses jsonb NOT NULL DEFAULT '[]',
  parent_id uuid,
  owner_id uuid,
  tags text[] NOT NULL DEFAULT '{}',
  source text NOT NULL DEFAULT 'manual',
  custom_fields jsonb NOT NULL DEFAULT '{}',
  search_name text GENERATED ALWAYS AS (rapport_search_norm(name)) STORED,
  name_keys text[] GENERATED ALWAYS AS (rapport_name_keys(name)) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  deleted_at timestamptz,
  merged_into_id uuid,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, parent_id) REFERENCES companies (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_id) REFERENCES memberships (workspace_id, user_id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX companies_name ON companies (workspace_id, name, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_updated ON companies (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_created ON companies (workspace_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_parent ON companies (workspace_id, parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX companies_owner ON companies (workspace_id, owner_id);
CREATE INDEX companies_domains ON companies USING gin (domains);
CREATE INDEX companies_search_trgm ON companies USING gin (search_name gin_trgm_ops);
CREATE INDEX companies_name_keys ON companies USING gin (name_keys);

CREATE TABLE people (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  first_name text CHECK (length(first_name) <= 200),
  last_name text CHECK (length(last_name) <= 200),
  -- Typed contact points; the first of each list is the primary one.
  emails jsonb NOT NULL DEFAULT '[]',
  phones jsonb NOT NULL DEFAULT '[]',
  addresses jsonb NOT NULL DEFAULT '[]',
  email text GENERATED ALWAYS AS (emails->0->>'address') STORED,
  phone text GENERATED ALWAYS AS (phones->0->>'number') STORED,
  email_index text[] GENERATED ALWAYS AS (rapport_jsonb_values(emails, 'address')) STORED,
  phone_index text[] GENERATED ALWAYS AS (rapport_jsonb_values(phones, 'number')) STORED,
  job_title text CHECK (length(job_title) <= 300),
  company_id uuid,
  owner_id uuid,
  lifecycle_stage text NOT NULL DEFAULT 'lead'
    CHECK (lifecycle_stage IN ('subscriber', 'lead', 'qualified', 'opportunity', 'customer', 'evangelist', 'churned', 'other')),
  lifecycle_changed_at timestamptz NOT NULL DEFAULT now(),
  source text NOT NULL DEFAULT 'manual',
  tags text[] NOT NULL DEFAULT '{}',
  custom_fields jsonb NOT NULL DEFAULT '{}',
  last_contacted_at timestamptz,
  last_contacted_by uuid,
  search_name text GENERATED ALWAYS AS (rapport_search_norm(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) STORED,
  name_keys text[] GENERATED ALWAYS AS (rapport_name_keys(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) STORED,
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', rapport_search_norm(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))), 'A') ||
    setweight(to_tsvector('simple', rapport_search_norm(coalesce(job_title, ''))), 'B') ||
    setweight(to_tsvector('simple', rapport_join(tags)), 'C')) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  deleted_at timestamptz,
  merged_into_id uuid,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, company_id) REFERENCES companies (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_id) REFERENCES memberships (workspace_id, user_id),
  CHECK (first_name IS NOT NULL OR last_name IS NOT NULL OR jsonb_array_length(emails) > 0 OR jsonb_array_length(phones) > 0)
);
-- Keyset pages on the common sorts; the partial predicate keeps deleted people out of them.
CREATE INDEX people_updated ON people (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX people_created ON people (workspace_id, created_at, id) WHERE deleted_at IS NULL;
-- Text sorts page on coalesce(…, '') so that keyset comparisons never meet a NULL.
CREATE INDEX people_last_name ON people (workspace_id, (coalesce(last_name, '')), id) WHERE deleted_at IS NULL;
CREATE INDEX people_first_name ON people (workspace_id, (coalesce(first_name, '')), id) WHERE deleted_at IS NULL;
CREATE INDEX people_email ON people (workspace_id, (coalesce(email, '')), id) WHERE deleted_at IS NULL;
CREATE INDEX people_stage ON people (workspace_id, lifecycle_stage, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX people_company ON people (workspace_id, company_id) WHERE company_id IS NOT NULL;
CREATE INDEX people_owner ON people (workspace_id, owner_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX people_emails ON people USING gin (email_index);
CREATE INDEX people_phones ON people USING gin (phone_index);
CREATE INDEX people_tags ON people USING gin (tags);
CREATE INDEX people_search_trgm ON people USING gin (search_name gin_trgm_ops);
CREATE INDEX people_name_keys ON people USING gin (name_keys);
CREATE INDEX people_search_vector ON people USING gin (search_vector);

-- Where people work: several companies, each with a role and dates; people.company_id is the primary.
CREATE TABLE employments (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  person_id uuid NOT NULL,
  company_id uuid NOT NULL,
  role text CHECK (length(role) <= 300),
  started_on date,
  ended_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, company_id) REFERENCES companies (workspace_id, id) ON DELETE CASCADE,
  CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX employments_person ON employments (workspace_id, person_id);
CREATE INDEX employments_company ON employments (workspace_id, company_id);

CREATE TABLE custom_fields (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  object_type text NOT NULL CHECK (object_type IN ('people', 'companies')),
  key text NOT NULL CHECK (key ~ '^[a-z][a-zA-Z0-9]{0,62}$'),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('text', 'longText', 'number', 'currency', 'date', 'dateTime', 'boolean',
                                    'select', 'multiSelect', 'url', 'email', 'phone', 'relation')),
  options jsonb NOT NULL DEFAULT '{}',
  required boolean NOT NULL DEFAULT false,
  position integer NOT NULL DEFAULT 0,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, object_type, key)
);

CREATE TABLE saved_views (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  object_type text NOT NULL CHECK (object_type IN ('people', 'companies')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  owner_id uuid NOT NULL,
  shared boolean NOT NULL DEFAULT false,
  columns text[] NOT NULL DEFAULT '{}',
  filter jsonb,
  sort text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_id) REFERENCES memberships (workspace_id, user_id)
);
CREATE INDEX saved_views_owner ON saved_views (workspace_id, object_type, owner_id);

SELECT rapport_audit_table('companies', 'company', 'id', '{search_name,name_keys,domain}');
SELECT rapport_audit_table('people', 'person', 'id',
  '{search_name,name_keys,search_vector,email,phone,email_index,phone_index,lifecycle_changed_at,last_contacted_at,last_contacted_by}');
SELECT rapport_audit_table('employments', 'employment', 'id');
SELECT rapport_audit_table('custom_fields', 'custom_field', 'id');
SELECT rapport_audit_table('saved_views', 'saved_view', 'id');

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['companies', 'people', 'employments', 'custom_fields', 'saved_views'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (workspace_id = rapport_workspace_id())
                    WITH CHECK (workspace_id = rapport_workspace_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rapport_app', t);
  END LOOP;
END $$;
