import type { DataSource, EntityMetadata, ObjectLiteral, QueryBuilder, QueryRunner } from 'typeorm';

/** A column of an entity, as `EntityMetadata.findColumnWithPropertyName` gives it. */
type ColumnMetadata = NonNullable<ReturnType<EntityMetadata['findColumnWithPropertyName']>>;

/** Stands in for a named parameter while the query builder writes the statement. */
class Slot {
  constructor(readonly name: string) {}
}

/**
 * A named parameter as the value of a column in `.values()` or `.set()`: the builder writes it into
 * the statement as it is, where a plain value would become an unnamed parameter already prepared
 * for the column. CompiledQuery prepares it for the column at run time instead (see `columns`).
 */
export const parameter = (name: string) => () => `:${name}`;

/** Which parameters stand for an entity's column, to be prepared as TypeORM prepares that column's values. */
export type ParameterColumns<P> = Partial<Record<keyof P & string, ColumnMetadata>>;

/**
 * A statement written once by TypeORM's query builder and then sent with values only.
 *
 * Writing a statement with the builder costs CPU on every call (property names resolved, aliases
 * escaped, parameters renumbered: 200–500 µs per hot statement here, more than the database's own
 * work; docs/benchmarks.md). The statements of the hot paths never change shape, so the builder
 * writes each one at construction, with named parameters, and `getQueryAndParameters()` tells in
 * which order PostgreSQL's `$n` expect them. A call then only puts the values in that order and runs
 * the SQL through a TypeORM query runner, which logs it, tells subscribers and maps errors to
 * `QueryFailedError` as for any other statement.
 *
 * The builder given is spent: its parameters are replaced with placeholders. Every parameter of the
 * statement must be in `names`, and every name in the statement, or construction fails; a value the
 * builder prepared itself (a plain value in `.values()` or `.set()`) would be baked into the SQL's
 * parameters and fails too: use `parameter(name)` there.
 */
export class CompiledQuery<P extends object, R extends ObjectLiteral = ObjectLiteral> {
  readonly sql: string;
  /** The parameter names in the order of `$1`, `$2`, … */
  readonly order: readonly (keyof P & string)[];
  private readonly dataSource: DataSource;
  private readonly prepare: (((value: unknown) => unknown) | undefined)[];

  constructor(
    builder: QueryBuilder<ObjectLiteral>,
    names: readonly (keyof P & string)[],
    columns?: ParameterColumns<P>,
  ) {
    for (const name of names) builder.setParameter(name, new Slot(name));
    const [sql, slots] = builder.getQueryAndParameters();
    this.order = slots.map((slot: unknown) => {
      if (!(slot instanceof Slot)) throw new Error(`a parameter of this statement is not named: ${sql}`);
      return slot.name as keyof P & string;
    });
    const missing = names.filter((name) => !this.order.includes(name));
    if (missing.length) throw new Error(`parameters ${missing.join(', ')} are not in the statement: ${sql}`);
    this.sql = sql;
    this.dataSource = builder.dataSource;
    const { driver } = this.dataSource;
    this.prepare = this.order.map((name) => {
      const column = columns?.[name];
      return column && ((value: unknown) => driver.preparePersistentValue(value, column));
    });
  }

  /** The rows the statement answers (or RETURNING gives), on `runner` if given, else on one from the pool. */
  async rows(values: P, runner?: QueryRunner): Promise<R[]> {
    const parameters = this.order.map((name, i) => {
      const value = values[name];
      const prepare = this.prepare[i];
      return prepare ? prepare(value) : value;
    });
    const own = runner ?? this.dataSource.createQueryRunner();
    try {
      const result = await own.query(this.sql, parameters, true);
      return result.records as R[];
    } finally {
      if (!runner) await own.release();
    }
  }

  /** The first row, or undefined when there is none. */
  async first(values: P, runner?: QueryRunner): Promise<R | undefined> {
    return (await this.rows(values, runner))[0];
  }
}

/**
 * Compiled statements by shape, for a statement whose text depends on its input (a list's filters
 * and sort): each shape is written once, and the least recently used goes once there are `capacity`.
 */
export class CompiledQueries<P extends object, R extends ObjectLiteral = ObjectLiteral> {
  private readonly shapes = new Map<string, CompiledQuery<P, R>>();

  constructor(private readonly capacity: number) {}

  get(shape: string, compile: () => CompiledQuery<P, R>): CompiledQuery<P, R> {
    let statement = this.shapes.get(shape);
    if (statement) {
      this.shapes.delete(shape);
    } else {
      statement = compile();
      if (this.shapes.size >= this.capacity) this.shapes.delete(this.shapes.keys().next().value!);
    }
    this.shapes.set(shape, statement);
    return statement;
  }

  get size(): number {
    return this.shapes.size;
  }
}
