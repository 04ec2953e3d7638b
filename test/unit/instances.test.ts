import { Instances, sendToInstances } from '../../gateway/instances';

const refusal = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
const isRefusal = (error: unknown) => (error as { code?: string }).code === 'ECONNREFUSED';

describe("a service's instances", () => {
  test('each request starts at the next instance in turn', () => {
    const instances = new Instances(['a', 'b', 'c']);
    expect([instances.turn(), instances.turn(), instances.turn(), instances.turn()]).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
    ]);
  });

  test('one that refused a connection is asked last for a second, then takes its turn again', () => {
    let now = 0;
    const instances = new Instances(['a', 'b', 'c'], () => now);
    instances.refused('a');
    expect([instances.turn(), instances.turn(), instances.turn()]).toEqual([
      ['b', 'c', 'a'],
      ['b', 'c', 'a'],
      ['c', 'b', 'a'],
    ]);
    now = 1000;
    expect(instances.turn()).toEqual(['a', 'b', 'c']);
    instances.refused('b');
    instances.answered('b');
    expect(instances.turn()).toEqual(['b', 'c', 'a']);
  });

  test('a request goes on to the next instance only when the failure allows it, and fails with the last error when none answers', async () => {
    const instances = new Instances(['a', 'b', 'c']);
    const tried: string[] = [];
    const answer = await sendToInstances(
      instances,
      async (url) => {
        tried.push(url);
        if (url !== 'c') throw refusal();
        return `answered by ${url}`;
      },
      isRefusal,
    );
    expect([answer, tried]).toEqual(['answered by c', ['a', 'b', 'c']]);
    // A reset may have reached the instance: a request that must not be sent twice stops there.
    tried.length = 0;
    await expect(sendToInstances(instances, async (url) => {
      tried.push(url);
      throw reset();
    }, isRefusal)).rejects.toThrow('socket hang up');
    expect(tried).toHaveLength(1);
    await expect(sendToInstances(instances, async () => {
      throw refusal();
    }, isRefusal)).rejects.toThrow('ECONNREFUSED');
  });
});
