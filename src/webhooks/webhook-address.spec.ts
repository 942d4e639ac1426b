import { rangeWords, specialRange, urlProblem } from './webhook-address';

describe(specialRange.name, () => {
  it.each([
    ['93.184.215.14', null],
    ['8.8.8.8', null],
    ['2606:4700:4700::1111', null],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::1', '6to4'],
    ['ff02::1', 'multicast'],
  ])('%s is %s', (address, range) => {
    expect(specialRange(address)).toBe(range);
  });
});

describe(rangeWords.name, () => {
  it.each([
    ['loopback', 'loopback'],
    ['linkLocal', 'link-local'],
    ['carrierGradeNat', 'carrier-grade NAT'],
    ['uniqueLocal', 'unique-local'],
    ['rfc6052', 'NAT64 (RFC 6052)'],
    ['6to4', '6to4'],
    ['droneRemoteIdProtocolEntityTags', 'drone-remote-id-protocol-entity-tags'],
  ])('names %s as "%s"', (range, words) => {
    expect(rangeWords(range)).toBe(words);
  });
});

describe(urlProblem.name, () => {
  it('takes http and https, or https only in production', () => {
    expect(urlProblem('http://hooks.example.com/x', false)).toBeNull();
    expect(urlProblem('https://hooks.example.com/x', true)).toBeNull();
    expect(urlProblem('http://hooks.example.com/x', true)).toBe('url must be https');
  });

  it('refuses other schemes, relative URLs and credentials', () => {
    expect(urlProblem('ftp://hooks.example.com/x', false)).toMatch(/http or https/);
    expect(urlProblem('/hooks', false)).toMatch(/http or https/);
    expect(urlProblem('file:///etc/passwd', false)).toMatch(/http or https/);
    expect(urlProblem('https://me:secret@hooks.example.com/', false)).toMatch(/user name or password/);
  });
});
