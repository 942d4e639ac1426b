import { CompiledQueries, type CompiledQuery } from './compiled-query';

const statement = (name: string) => ({ sql: name }) as unknown as CompiledQuery<object>;

describe(CompiledQueries.name, () => {
  it('writes each shape once', () => {
    const shapes = new CompiledQueries<object>(4);
    const compile = jest.fn(() => statement('a'));
    const first = shapes.get('a', compile);
    expect(shapes.get('a', compile)).toBe(first);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('keeps at most its capacity, dropping the least recently used shape', () => {
    const shapes = new CompiledQueries<object>(2);
    shapes.get('a', () => statement('a'));
    shapes.get('b', () => statement('b'));
    shapes.get('a', () => statement('a again'));
    shapes.get('c', () => statement('c'));
    expect(shapes.size).toBe(2);
    expect(shapes.get('a', () => statement('a again')).sql).toBe('a');
    expect(shapes.get('b', () => statement('b again')).sql).toBe('b again');
  });
});
