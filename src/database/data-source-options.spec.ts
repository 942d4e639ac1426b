import { dataSourceOptions, sslFromUrl } from './data-source-options';

describe(sslFromUrl.name, () => {
  it.each([
    ['postgres://u@h/db', false],
    ['postgres://u@h/db?sslmode=disable', false],
    ['postgres://u@h/db?sslmode=prefer', false],
    ['postgres://u@h/db?sslmode=require', { rejectUnauthorized: false }],
    ['postgres://u@h/db?ssl=true', { rejectUnauthorized: false }],
    ['postgres://u@h/db?sslmode=verify-full', { rejectUnauthorized: true }],
    ['postgres://u@h/db?sslmode=verify-ca', { rejectUnauthorized: true }],
  ])('reads TLS from %s', (url, expected) => {
    expect(sslFromUrl(url)).toEqual(expected);
  });
});

describe(dataSourceOptions.name, () => {
  it('passes TLS as an option and strips it from the URL, which the driver would otherwise prefer', () => {
    const options = dataSourceOptions({ url: 'postgres://u:p@db.example:5432/app?sslmode=require&application_name=x' });
    expect(options).toMatchObject({ type: 'postgres', ssl: { rejectUnauthorized: false }, synchronize: false });
    expect((options as { url: string }).url).toBe('postgres://u:p@db.example:5432/app?application_name=x');
  });

  it('throws on undefined or null in a where clause instead of matching every row', () => {
    expect(dataSourceOptions({ url: 'postgres://h/db' }).invalidWhereValuesBehavior).toEqual({
      null: 'throw',
      undefined: 'throw',
    });
  });
});
