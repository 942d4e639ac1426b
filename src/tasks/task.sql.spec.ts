import { ListStatement } from './task.sql';

describe('ListStatement', () => {
  it('numbers each named parameter once, after the owner, and leaves casts alone', () => {
    const statement = new ListStatement('owner');
    statement.andWhere("COALESCE(t.due_at, 'infinity'::timestamptz) < :before", { before: 'b' });
    statement.andWhere('(t.title ILIKE :pattern OR t.description ILIKE :pattern)', { pattern: '%x%' });
    expect(statement.text('t.id ASC', 21)).toContain(
      "WHERE (t.owner_id = $1) AND (COALESCE(t.due_at, 'infinity'::timestamptz) < $2) AND " +
        '((t.title ILIKE $3 OR t.description ILIKE $3)) ORDER BY t.id ASC LIMIT 21',
    );
    expect(statement.values).toEqual(['owner', 'b', '%x%']);
  });
});
