import type { Type } from '@nestjs/common';
import { generateSchema } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

export interface ToolInputSchema {
  [key: string]: unknown;
  type: 'object';
  properties?: Record<string, object>;
  required?: string[];
}

/**
 * OpenAPI 3.0 marks a nullable field with `nullable: true` and gives examples as `example`; JSON
 * Schema, which MCP clients read, says `type: [T, "null"]` and `examples`.
 */
function toJsonSchema(schema: Schema): Schema {
  const { nullable, example, ...rest } = schema;
  const out: Schema = { ...rest };
  if (nullable === true && typeof rest.type === 'string') out.type = [rest.type, 'null'];
  if (example !== undefined && example !== null) out.examples = [example];
  if (rest.items && typeof rest.items === 'object') out.items = toJsonSchema(rest.items as Schema);
  return out;
}

/**
 * The JSON Schema of a tool's arguments, from the same decorators that document the REST DTOs in
 * the OpenAPI document. Unknown arguments are refused, as unknown body fields are.
 */
export function argumentsSchema(args: Type<unknown>): ToolInputSchema {
  const { schema } = generateSchema(args);
  const properties = Object.fromEntries(
    Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([name, property]) => [
      name,
      toJsonSchema(property),
    ]),
  );
  return {
    type: 'object',
    properties,
    ...(schema.required?.length ? { required: schema.required } : {}),
    additionalProperties: false,
  };
}
