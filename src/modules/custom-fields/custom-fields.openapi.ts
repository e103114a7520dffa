import type { CustomFieldDefinition } from './custom-fields.rules.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(d: CustomFieldDefinition): JsonSchema {
  const base = { title: d.label };
  switch (d.type) {
    case 'text':
      return { ...base, type: 'string', maxLength: 1000 };
    case 'longText':
      return { ...base, type: 'string', maxLength: 100_000 };
    case 'number':
      return { ...base, type: 'number' };
    case 'currency':
      return { ...base, type: 'number', description: `An amount in ${d.currency}.` };
    case 'date':
      return { ...base, type: 'string', format: 'date' };
    case 'dateTime':
      return { ...base, type: 'string', format: 'date-time' };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'select':
      return { ...base, type: 'string', enum: d.choices.map((c) => c.value) };
    case 'multiSelect':
      return {
        ...base,
        type: 'array',
        items: { type: 'string', enum: d.choices.map((c) => c.value) },
        uniqueItems: true,
      };
    case 'url':
      return { ...base, type: 'string', format: 'uri' };
    case 'email':
      return { ...base, type: 'string', format: 'email' };
    case 'phone':
      return { ...base, type: 'string', description: 'Any format in; E.164 out.' };
    case 'relation':
      return {
        ...base,
        type: 'string',
        format: 'uuid',
        description: `The id of a ${d.target === 'people' ? 'person' : 'company'}.`,
      };
  }
}

// Said in the schema, as JSON Schema has no keyword for a value unique across records.
const UNIQUE_NOTE = 'Unique: no two records hold the same value (409 otherwise).';

/** A field's schema, noting its uniqueness beside what its type says. */
function fieldSchema(d: CustomFieldDefinition): JsonSchema {
  const schema = schemaOf(d);
  if (!d.unique) return schema;
  const said = typeof schema.description === 'string' ? `${schema.description} ` : '';
  return { ...schema, description: `${said}${UNIQUE_NOTE}` };
}

/** The `customFields` object of a workspace's records, as JSON Schema. */
export function customFieldsSchema(definitions: CustomFieldDefinition[], forInput: boolean): JsonSchema {
  const live = definitions.filter((d) => !d.archived);
  return {
    type: 'object',
    description: 'This workspace’s custom fields.',
    properties: Object.fromEntries(
      live.map((d) => [d.key, forInput ? { anyOf: [fieldSchema(d), { type: 'null' }] } : fieldSchema(d)]),
    ),
    ...(forInput ? {} : { required: live.filter((d) => d.required).map((d) => d.key) }),
    additionalProperties: false,
  };
}

type Document = {
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
  paths?: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
};

/**
 * The OpenAPI document as a workspace sees it: its custom fields typed in people and company records
 * and in the bodies that write them. The shared document stays untouched (a deep copy is changed).
 */
export function withCustomFields(
  document: unknown,
  byObject: { people: CustomFieldDefinition[]; companies: CustomFieldDefinition[] },
): unknown {
  const doc = structuredClone(document) as Document;
  const component = { people: 'Person', companies: 'Company' } as const;
  const writers = {
    people: ['createPerson', 'updatePerson'],
    companies: ['createCompany', 'updateCompany'],
  } as const;
  for (const object of ['people', 'companies'] as const) {
    const record = doc.components?.schemas?.[component[object]];
    if (record?.properties) record.properties.customFields = customFieldsSchema(byObject[object], false);
    for (const methods of Object.values(doc.paths ?? {})) {
      for (const operation of Object.values(methods)) {
        if (!operation.operationId || !(writers[object] as readonly string[]).includes(operation.operationId))
          continue;
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        if (schema?.properties) schema.properties.customFields = customFieldsSchema(byObject[object], true);
      }
    }
  }
  return doc;
}
