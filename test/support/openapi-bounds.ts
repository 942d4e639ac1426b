type Schema = Record<string, unknown> & {
  $ref?: string;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  type?: string;
};
interface Parameter {
  name: string;
  in: string;
  schema: Schema;
}
export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema> };
}

export const BOUND_KEYWORDS = ['maxLength', 'maxItems', 'minimum', 'maximum'] as const;
export type BoundKeyword = (typeof BOUND_KEYWORDS)[number];

/** One bound the document states: `path` is a body field ("recurrence.interval", "tags[]") or a query parameter. */
export interface Bound {
  method: string;
  route: string;
  in: 'body' | 'query';
  path: string;
  keyword: BoundKeyword;
  limit: number;
  schema: Schema;
  /** The schema of the object holding the field, for the nested ones. */
  parent?: Schema;
}

/** Every maxLength, maxItems, minimum and maximum of every request body field and query parameter. */
export function boundsOf(doc: OpenApiDocument): Bound[] {
  const resolve = (schema: Schema): Schema => {
    const own = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema;
    return own.allOf ? Object.assign({}, own, ...own.allOf.map(resolve)) : own;
  };
  const bounds: Bound[] = [];
  for (const [docPath, operations] of Object.entries(doc.paths)) {
    const route = docPath.replace(/\{(\w+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(operations)) {
      const add = (where: Bound['in'], path: string, schema: Schema, parent?: Schema) => {
        for (const keyword of BOUND_KEYWORDS) {
          const limit = schema[keyword];
          if (typeof limit === 'number') {
            bounds.push({ method: method.toUpperCase(), route, in: where, path, keyword, limit, schema, parent });
          }
        }
      };
      const walk = (schema: Schema, path: string, parent?: Schema) => {
        const resolved = resolve(schema);
        if (resolved.properties) {
          for (const [name, child] of Object.entries(resolved.properties))
            walk(child, path ? `${path}.${name}` : name, resolved);
          return;
        }
        add('body', path, resolved, parent);
        if (resolved.items) add('body', `${path}[]`, resolve(resolved.items), parent);
      };
      const body = operation.requestBody?.content['application/json']?.schema;
      if (body) walk(body, '');
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'query') add('query', parameter.name, parameter.schema);
      }
    }
  }
  return bounds;
}
