import { createHash } from 'node:crypto';
import { RULE_VERSIONS } from '../../../services/core/rules';

/**
 * A published rule version is a legal record: awards were judged by it. Each one's content is pinned
 * here. If this test fails, do not update the hash: add a new version (a new file in
 * services/core/rules/versions/ and a new migration), never edit a published one.
 */
const PUBLISHED: Record<string, string> = {
  DECREE_91_2017: '5c8983ff29aa553bb7748a716eacf258e63cc81134b9c62116efd26223018e7a',
  LAW_06_2022: 'c02e64cce1bcfe4800c9d67b8ac6fbc511fc554c0141ae3bc4108be10e711bfd',
};

function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

describe('published rule versions are frozen', () => {
  test.each(Object.keys(PUBLISHED))('%s keeps its published content: add a new version, never edit a published one', (id) => {
    const version = RULE_VERSIONS.find((candidate) => candidate.id === id);
    expect(version).toBeDefined();
    expect({ id, hash: contentHash(version) }).toEqual({ id, hash: PUBLISHED[id] });
  });

  test('every version is pinned here (a new version is pinned when it is published)', () => {
    expect(RULE_VERSIONS.map((version) => version.id).sort()).toEqual(Object.keys(PUBLISHED).sort());
  });
});
